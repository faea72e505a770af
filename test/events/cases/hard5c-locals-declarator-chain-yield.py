# conformance mode=locals
class Boom(Exception): pass
def boom(v):
    if v > 5:
        raise Boom(str(v))

    return v * 2

def pairs(k):
    a = k + 1; b = yield a
    c = b * 2; d = yield c
    yield a + b + c + d

def build(k):
    base = k * 3; next = boom(base)
    return base + next

def main():
    g = pairs(1)
    t = g.send(None)
    t += g.send(10)
    t += g.send(100)
    next(g, None)
    t += build(1)
    try:
        t += build(2)
    except Boom as e:
        t = -t

    return t

main()
