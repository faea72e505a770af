# conformance mode=back
class Neg(Exception): pass
def unit():
    return 3

def risky(n):
    raise Neg(str(n))

def safe(n):
    try:
        return risky(n)
    except Neg as e:
        return unit() * 2


def area(w, h=None, extra=None):
    h = w * unit() if h is None else h; extra = safe(h) if extra is None else extra
    return w * h + extra

def outer(k):
    base = k + 1
    def inner(x=None):
        x = base * unit() if x is None else x
        return x + area(x)

    return inner() + inner(1)

def main():
    r = area(2, 5, 1)
    r += area(2)
    r += outer(1)
    return r

main()
