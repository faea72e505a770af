# conformance mode=locals
class Stop(Exception): pass
def inner(start):
    n = start
    state = 'run'
    while True:
        try:
            yield n
            n += 1
        except Stop as e:
            state = 'stopped'
            return n * 100



def outer():
    got = 0
    phase = 'a'
    got = yield from inner(1)
    phase = 'b'
    got += yield from inner(got)
    phase = phase + 'c'
    yield got

def main():
    g = outer()
    r = next(g)
    r += next(g)
    r += g.throw(Stop('x'))
    r += g.throw(Stop('y'))
    next(g, None)
    return r

main()
