# conformance mode=record
def inner():
    yield 1
    yield 2

def outer():
    try:
        yield from inner()
    except Exception as e:
        yield 8

    yield 9

def main():
    g = outer()
    next(g)
    a = g.throw(Exception('in'))
    b = next(g)
    next(g, None)
    return a + b

main()
