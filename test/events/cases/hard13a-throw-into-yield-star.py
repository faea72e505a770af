# conformance mode=record
def inner():
    yield 1
    yield 2

def outer():
    yield from inner()
    yield 3

def main():
    g = outer()
    next(g)
    try:
        g.throw(Exception('in'))
    except Exception as e:
        return 'c'


main()
