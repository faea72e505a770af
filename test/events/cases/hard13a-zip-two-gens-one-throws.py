# conformance mode=record
def ok():
    yield 1
    yield 2
    yield 3

def bad():
    yield 10
    raise Exception('bad')

def zip(a, b):
    while True:
        x = next(a, None)
        y = next(b, None)
        if x is None or y is None: return
        yield x + y


def main():
    a = ok()
    s = 0
    try:
        for v in zip(a, bad()): s += v
    except Exception as e:
        for v in a: s += v

    return s

main()
