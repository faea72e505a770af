# conformance mode=back
def shared():
    n = 0
    while n < 4:
        n += 1
        yield n

    return n * 10

def left(src):
    r = yield from src
    yield r + 1

def right(src):
    r = yield from src
    yield -1 if r is None else r + 2

def main():
    src = shared()
    a = left(src)
    b = right(src)
    t = next(a)
    t += next(b)
    t += next(a)
    t += next(b)
    t += next(a)
    t += next(b)
    next(a, None)
    next(b, None)
    return t

main()
