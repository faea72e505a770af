# conformance mode=locals
def gen(a, b):
    while a < 50:
        a, b = b, a + b
        c, d = yield a
        a += c; b -= d; del c, d

    a, b = b, a
    yield a - b

def main():
    g = gen(1, 2)
    r = next(g)
    r += g.send([1, 0])
    r += g.send([10, 1])
    r += g.send([50, 0])
    next(g, None)
    return r

main()
