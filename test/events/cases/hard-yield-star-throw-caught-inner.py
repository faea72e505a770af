# conformance mode=record
def inner():
    try:
        yield 1
    except TypeError as e:
        yield 2

    return 3

def outer():
    r = yield from inner()
    yield r

def main():
    g = outer()
    a = next(g)
    b = g.throw(TypeError('x'))
    c = next(g)
    next(g, None)
    return a + b + c

main()
