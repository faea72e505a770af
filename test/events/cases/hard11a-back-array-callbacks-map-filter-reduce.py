# conformance mode=back
class BadItem(Exception): pass
def parsePrice(text):
    n = int(text) if text.isdigit() else None
    if n is None: raise BadItem(text)
    return n

def isCheap(p):
    return p < 50

def add(acc, p):
    return acc + p

def withTax(p):
    return p * 11 // 10

def total(items):
    try:
        prices = list(map(parsePrice, items))
        cheap = list(map(withTax, list(filter(isCheap, prices))))
        return functools.reduce(add, cheap, 0)
    except BadItem as e:
        return -1


def main():
    a = total(['10', '70', '20'])
    b = total(['5', 'x', '7'])
    c = total([])
    return '/'.join(map(str, [a, b, c]))

import functools; main()
