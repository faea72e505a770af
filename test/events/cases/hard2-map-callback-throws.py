# conformance mode=record
class Bad(Exception): pass
def check(x):
    if x > 2:
        raise Bad('too big')

    return x * 10

def convert(xs):
    out = list(map(check, xs))
    return len(out)

def main():
    total = 0
    try:
        total += convert([1, 2])
        total += convert([2, 3, 4])
    except Bad as e:
        total += 100

    return total

main()
