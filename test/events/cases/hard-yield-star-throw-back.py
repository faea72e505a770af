# conformance mode=back
def inner():
    try:
        yield 1
    finally:
        a = 1


def middle():
    try:
        yield from inner()
    finally:
        b = 2


def outer():
    try:
        yield from middle()
    except TypeError as e:
        yield 5

    yield 6

def main():
    g = outer()
    first = next(g)
    second = g.throw(TypeError('x'))
    third = next(g)
    next(g, None)
    return first + second + third

main()
