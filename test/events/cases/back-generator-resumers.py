# conformance mode=back
def steps():
    yield 1
    yield 2

def first(g):
    return next(g)

def second(g):
    return next(g)

def main():
    g = steps()
    first(g)
    second(g)
    next(g, None)

main()
