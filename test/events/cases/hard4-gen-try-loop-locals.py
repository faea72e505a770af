# conformance mode=locals
class Bad(Exception): pass
def check(raw):
    if raw < 0:
        raise Bad('neg')

    return raw * 2

def parse(items):
    ok = 0
    bad = 0
    n = 0
    raw = None
    for raw in items:
        try:
            n = check(raw)
            got = yield n
            ok += got if got else 0; del got
        except Bad as e:
            bad += 1
            continue

        ok += 1

    return ok * 10 + bad

def main():
    g = parse([1, -1, 3, -2, 4])
    r = next(g)
    r += g.send(5)
    r += g.throw(Bad('x'))
    next(g, None)
    return r

main()
