# conformance mode=back
class Bad(Exception): pass
def base(k=1):
    if k < 0: raise Bad('k')
    return k * 10

class Box:
    def __init__(self, w, h=None):
        h = base(w) if h is None else h
        self.a = w + h

    def grow(self, d=None, e=None):
        d = base(self.a) if d is None else d; e = base(d - 60) if e is None else e
        return d + e


def twice(x, y=None):
    y = Box(x).grow(x * 100) if y is None else y
    return x + y

def build(n, b=None):
    b = Box(n) if b is None else b
    return b.grow() + twice(n)

def main():
    r = build(1) + build(2, Box(3, 4))
    try:
        r += Box(1, 1).grow(5)
    except Bad as e:
        r = -r

    try:
        r += twice(0)
    except Bad as e:
        r -= 1

    return r

main()
