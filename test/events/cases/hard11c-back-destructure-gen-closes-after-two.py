# conformance mode=back
def pair(a, b):
    try:
        yield scale(a)
        yield scale(b)
    finally:
        tidy(a + b)


def bare(a):
    yield a
    yield scale(a)

def one(a):
    yield a

def scale(v):
    return v * 3

def tidy(n):
    return n - 1

def dflt(a):
    return a + 100

def take(a, b):
    x, y = pair(a, b)
    p, q = bare(x)
    return x + y + p + q

def main():
    t = take(1, 2)
    [s, *r] = one(t); u = dflt(s) if not r else r[0]
    [[m, *_], n] = [[*bare(4)], take(5, 6)]
    return t + s + u + m + n

main()
