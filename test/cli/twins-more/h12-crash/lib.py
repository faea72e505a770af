def parse(s):
    n = float(s) if s.isdigit() else None
    if n is None:
        raise TypeError("bad: " + s)
    return int(n)

def total(xs):
    t = 0
    for x in xs:
        t += parse(x)
    return t
