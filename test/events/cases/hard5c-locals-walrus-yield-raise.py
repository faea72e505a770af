# conformance mode=locals
class Boom(Exception): pass
def boom(v):
    raise Boom(str(v))

def g(a):
    c = 0
    t = (c := c + a) + (yield c)
    t += (c := c * 10) + (yield t)
    yield t + c

def risky(k):
    n = 0
    try:
        r = (n := n + k) + boom(n)
    except Boom as e:
        n += 1

    return n

def main():
    it = g(2)
    s = next(it)
    s += it.send(5)
    s += it.send(7)
    next(it, None)
    return s + risky(3)

main()
