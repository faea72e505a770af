# conformance mode=record
def gen():
    yield 1
    raise Exception('cb')

def cb(x):
    t = x
    try:
        for v in gen(): t += v
    except Exception as e:
        t = 0

    return t

def main():
    list(map(cb, [1, 2]))
    return 3

main()
