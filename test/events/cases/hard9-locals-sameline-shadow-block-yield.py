# conformance mode=locals
def tw(v):
    return v * 2

def sel(n):
    x = n; acc = 0
    if n == 1: __o = x; x = tw(n); return x + 1
    if n == 2: __o = x; x = n + 5; acc = tw(x); x = __o; del __o
    acc += tw(acc); k = tw(acc); return k + x

def gen(n):
    a = yield n; b = yield a + 1; s = a + b
    for v in [a, b]: w = v * 2; s += yield w; del w, v
    yield s

def main():
    r = sel(1) + sel(2) + sel(3)
    g = gen(4); r += next(g)
    r += g.send(5); r += g.send(7); r += g.send(1)
    r += g.send(2); next(g, None)
    return r

main()
