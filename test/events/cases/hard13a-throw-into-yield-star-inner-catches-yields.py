# conformance mode=record
def inner():
    try:
        yield 1
    except Exception as e:
        yield 2


def outer():
    yield from inner()
    yield 3

def main():
    g = outer()
    next(g)
    a = g.throw(Exception('in'))
    b = next(g)
    next(g, None)
    return a + b

main()
