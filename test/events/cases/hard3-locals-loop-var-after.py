# conformance mode=locals
def scan(xs, table):
    v = None
    seen = 0
    for v in xs:
        seen += v

    lastV = v
    k = None
    for k in table:
        if table[k] > 1:
            break


    w = 0
    for w in xs:
        seen += 1

    return k + str(w + seen)

scan([5, 6], {'a': 1, 'b': 2, 'c': 3})
scan([], {'z': 0})
