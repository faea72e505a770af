# conformance mode=record
class A(Exception): pass
class B(Exception): pass
def boom(x):
    if x > 1:
        raise B('b')

    return x

def inner():
    try:
        yield 1
        yield 2
    finally:
        boom(2)


def mid():
    try:
        yield from inner()
    except B as e:
        yield 10

    yield 11

def outer():
    n = 0
    for v in mid():
        n += v

    return n

def main():
    g = mid()
    a = next(g)
    b = g.throw(A('a'))
    c = next(g)
    d = next(g, None)
    return outer() + a + b + c

main()
