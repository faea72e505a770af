# conformance mode=locals
class Bad(Exception): pass
def need(v):
    if v < 0: raise Bad('neg')
    return v + 1

def take(obj):
    tag = 's'
    a = obj.get('a'); b = obj.get('b'); b = need(a) if b is None else b; __c = obj.get('c'); __c = [] if __c is None else __c; d = __c[0] if len(__c) > 0 else None; e = __c[2] if len(__c) > 2 else None; e = need(b - 10) if e is None else e
    return a + b + d + e

def ask(arr):
    n = len(arr)
    p = arr[0]; __x = arr[2] if len(arr) > 2 else None; __x = [] if __x is None else __x; q = __x[0] if len(__x) > 0 else None; q = (yield p) if q is None else q; more = arr[3:]; w = yield q * 2
    yield p + q + w + len(more)

def main():
    r = take({'a': 1, 'b': 20, 'c': [2, 0, 3]}) + take({'a': 20, 'c': [1]})
    try:
        r += take({'a': -1})
    except Bad as e:
        r += 100

    try:
        r += take({'a': 3, 'c': [4, 5]})
    except Bad as e:
        r += 1000

    g = ask([5, 0]); r += next(g); r += g.send(6)
    r += g.send(7); next(g, None)
    h = ask([1, 0, [2], 3, 4]); r += next(h); r += h.send(8); next(h, None)
    return r

main()
