# conformance mode=locals
def gen():
    count = 0
    def inc(k):
        nonlocal count
        count += k
        return count

    got = yield inc
    while got:
        count *= 2
        got = yield count

    yield count

def main():
    g = gen()
    inc = next(g)
    inc(5)
    r = g.send(1)
    r += inc(3)
    r += g.send(0)
    inc(100)
    next(g, None)
    return r

main()
