# conformance mode=locals
class Bad(Exception): pass
class Range:
    def __init__(self, lo, hi):
        self.lo = lo; self.hi = hi

    def __iter__(self):
        i = self.lo
        while i < self.hi:
            if i == 13: raise Bad('unlucky')
            yield i
            i += 1

        return i

    def __str__(self):
        parts = list(map(str, [*self]))
        return '[' + ' '.join(parts) + ']'


class Pair:
    def __init__(self, a, b):
        self.a = a; self.b = b

    def __str__(self):
        return f'{self.a}&{self.b}'


def show(x):
    return f'<{x}>'

def total(r):
    s = 0
    for v in r: s += v
    return s

def main():
    good = Pair(Range(1, 4), Range(5, 7))
    text = show(good)
    sum = total(good.a) + total(good.b)
    try:
        text += show(Pair(Range(2, 3), Range(11, 15)))
    except Bad as e:
        sum = -sum

    return text + str(sum)

main()
