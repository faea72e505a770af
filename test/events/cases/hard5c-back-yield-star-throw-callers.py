# conformance mode=back
class Halt(Exception): pass
def mark(v):
    return v

def inner():
    try:
        yield 1
    finally:
        mark('inner')


def outer():
    try:
        yield from inner()
    except Halt as e:
        mark('caught')
        yield 2


def first(g):
    return next(g)

def stop(g):
    return g.throw(Halt('h'))

def finish(g):
    return next(g, True)

def main():
    g = outer()
    r = first(g)
    r += stop(g)
    finish(g)
    return r

main()
