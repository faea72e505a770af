# conformance mode=record
class Stop(Exception): pass
def note(x):
    return x

def worker():
    i = 0
    try:
        while True:
            yield i
            i += 1

    finally:
        note(i)
        yield -1
        note(-i)


def main():
    g = worker()
    next(g)
    next(g)
    a = g.throw(Stop('s'))
    b = 0
    try:
        next(g)
        b = 1
    except Stop as e:
        b = 2

    next(g, None)
    next(g, None)
    return a + b

main()
