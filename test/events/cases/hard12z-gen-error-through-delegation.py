# conformance mode=record
def check(x):
    if x > 1: raise Exception('big')
    return x

def inner():
    yield check(1)
    yield check(2)

def outer():
    yield 0
    yield from inner()
    yield 9

def main():
    seen = []
    try:
        for v in outer(): seen.append(v)
    except Exception as e:
        seen.append(str(e))

    return len(seen)

main()
