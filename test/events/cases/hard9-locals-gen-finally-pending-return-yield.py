# conformance mode=locals
def gen(n):
    i = 0; got = 0
    while i < n:
        i += 1
        try:
            if i == 2: continue
            got = yield i
            if got > 5: return got + i
        finally:
            tag = i * 100
            got = yield tag; del tag


    return -1

def main():
    g = gen(4); s = 0
    s += next(g); s += g.send(1)
    s += g.send(2)
    s += g.send(3)
    s += g.send(9)
    next(g, None)
    h = gen(1); s += next(h); s += h.send(0); next(h, None)
    return s

main()
