# conformance mode=locals
def outer():
    hits = 0
    def gen(k):
        nonlocal hits
        try:
            hits += k
            return hits * 2
        finally:
            yield hits
            hits += 1



    g = gen(3)
    a = next(g)
    hits = 50
    next(g, None)
    return a + hits

outer()
