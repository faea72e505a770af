# conformance mode=back
def inner():
    yield 1
    yield 2

def outer():
    yield from inner()
    yield 3

def step(g):
    return next(g, None)

def drain(g):
    t = 0
    for v in g:
        t += v

    return t

def main():
    g = outer()
    a = step(g)
    try:
        a += step(g)
        raise Exception('x')
    except Exception as e:
        a += drain(g)
    finally:
        a += 1 if step(g) is None else 0

    return a

main()
