# conformance mode=locals
def outer():
    shared = 0
    def gen(n):
        nonlocal shared
        for i in [1, 2, 3]:
            shared += i * n
            got = yield shared
            if got: shared -= got
            shared += 0; del i, got

        return shared

    g = gen(10)
    v = next(g)
    shared += 100
    v += g.send(1)
    shared = 5
    v += g.send(2)
    shared += 1000
    next(g, None)
    return v + shared

outer()
