# conformance mode=back
def dflt(k):
    return k * 3

def gen(rows):
    for row in rows:
        a = dflt(1) if len(row) < 1 else row[0]; b = dflt(a) if len(row) < 2 else row[1]
        yield a + b


def first(g):
    return next(g)

def second(g):
    return first(g) + next(g)

def main():
    g = gen([[], [4], [1, 2], []])
    t = second(g)
    t += first(g) + first(g)
    next(g, None)
    return t

main()
