# conformance mode=back
class Dry(Exception): pass
def drip(n):
    for i in range(1, n + 1):
        if i == 3 and n > 3: raise Dry(str(n))
        yield i * n


def twice(v, k):
    return v * 2 + k

def cell(_, k):
    return list(map(twice, drip(k), itertools.count()))

def grid(n):
    try:
        return list(map(cell, [None] * n, range(n)))
    except Dry as e:
        return [list(map(twice, drip(1), itertools.count())), [str(e)]]


def main():
    a = grid(3)
    b = grid(5)
    return ','.join(map(str, itertools.chain(*a))) + '/' + ','.join(map(str, itertools.chain(*b)))

import itertools; main()
