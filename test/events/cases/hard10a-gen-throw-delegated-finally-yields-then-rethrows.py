# conformance mode=record
class Boom(Exception): pass
def note(x):
    return x

def inner():
    try:
        yield 1
        yield 2
    finally:
        note('inner-fin')
        yield 3
        note('inner-after')

    return 9

def outer():
    r = 0
    try:
        r = yield from inner()
    except Boom as e:
        note('outer-caught')
        yield 4

    yield 5
    return r

def main():
    g = outer()
    a = next(g)
    b = g.throw(Boom('x'))
    c = next(g)
    d = next(g)
    for v in g:
        d += v

    return a + b + c + d

main()
