# conformance mode=locals
class Boom(Exception): pass
class Other(Exception): pass
def risky(n):
    if n == 2: raise Boom('r')
    return n

def gen():
    k = 0
    while k < 4:
        try:
            k = risky(k + 1)
            yield k
        finally:
            yield -k



def main():
    g = gen()
    s = next1(g)
    s += next1(g)
    s += next1(g)
    try:
        s += g.throw(Other('o'))
    except Other as e:
        s += 100

    for v in g:
        s += 1000

    s += 1

    return s

def next1(g):
    return next(g)

main()
