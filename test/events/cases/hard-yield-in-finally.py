# conformance mode=record
def gen(fail):
    try:
        yield 1
        if fail:
            raise TypeError('inner')

    finally:
        yield 2
        yield 3


def consume(fail):
    g = gen(fail)
    total = 0
    try:
        for v in g:
            total += v

    except TypeError as e:
        total += 100

    return total

def thrown():
    g = gen(False)
    next(g)
    next(g)
    try:
        g.throw(TypeError('t'))
    except TypeError as e:
        return 'caught'


consume(False)
consume(True)
thrown()
