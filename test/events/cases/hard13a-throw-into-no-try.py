# conformance mode=record
def gen():
    yield 1
    yield 2

def poke(g):
    return g.throw(Exception('poke'))

def main():
    g = gen()
    next(g)
    try:
        poke(g)
    except Exception as e:
        return next(g, True)


main()
