# conformance mode=record
class Incomparable(Exception): pass
def rank(v):
    if v < 0:
        raise Incomparable('neg')

    return v % 10

def cmp(a, b):
    d = 0
    try:
        d = rank(a) - rank(b)
    except Incomparable as e:
        if a == 0 or b == 0:
            return 0

        raise TypeError('cmp')

    return d

def order(xs):
    ys = list(xs)
    ys.sort(key=__import__('functools').cmp_to_key(cmp))
    return ys[0]

def main():
    first = order([13, 21, 32, 5])
    try:
        first += order([4, 0, -1, 7])
    except TypeError as e:
        first = -first

    return first + order([0, -2])

main()
