# conformance mode=back
class Broken(Exception): pass
class Cell:
    def __init__(self, v, inner):
        self.v = v; self.inner = inner

    def prim(self, hint='number'):
        if hint == 'number': return self.num()
        return f"<{show(self.v)}{'' if self.inner is None else self.inner}>"

    def num(self):
        if self.v < 0: raise Broken(str(self.v))
        return self.v if self.inner is None else self.v + +self.inner
    __pos__ = prim; __format__ = prim

def show(v):
    if v == 0: raise Broken('zero')
    return str(v * 10)

def total(cells):
    sum = 0
    for c in cells:
        try:
            sum += +c
        except Broken as e:
            sum -= 100


    return sum

def label(c):
    try:
        return f'[{c}]'
    except Broken as e:
        return '?' + str(e)


def main():
    a = Cell(1, Cell(2, Cell(3, None)))
    b = Cell(4, Cell(-5, None))
    c = Cell(6, Cell(0, None))
    n = total([a, b, c])
    return label(a) + label(b) + label(c) + str(n)

main()
