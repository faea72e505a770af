# conformance mode=record
def gen():
    count = 0
    try:
        yield 1
        yield 2
    finally:
        count = -1


def main():
    g = gen()
    next(g)
    try:
        g.throw(TypeError('stop'))
    except TypeError as e:
        return 'stopped'


main()
