# conformance mode=record
def inner():
    try:
        yield 1
    except Exception as e:
        raise TypeError('wrapped')


def outer():
    yield from inner()

def main():
    g = outer()
    next(g)
    try:
        g.throw(Exception('in'))
    except Exception as e:
        return 'c'


main()
