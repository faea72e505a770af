# conformance mode=locals
def unit(k):
    return k * 3

def area(w, h=None, scale=None):
    h = unit(w) if h is None else h; scale = (lambda: w + h) if scale is None else scale
    w += 1
    s = scale()
    return s + h

def outer(base):
    count = base
    def add(d):
        nonlocal count; count += d
        return count

    def inner(x=None, bump=None):
        x = count + unit(count) if x is None else x; bump = bump if bump is not None else (lambda: add(x))
        bump()
        return x + area(count)

    first = inner()
    return first + inner(2, lambda: add(-1)) + count

def main():
    r = area(2)
    r += area(1, 5)
    r += outer(1)
    return r

main()
