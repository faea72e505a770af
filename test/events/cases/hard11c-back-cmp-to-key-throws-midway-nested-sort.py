# conformance mode=back
class Tie(Exception): pass
def weight(v):
    if v == 7: raise Tie('seven')
    return v % 5

def cmp(a, b):
    d = weight(a) - weight(b)
    return d if d != 0 else inner(a, b)

def inner(a, b):
    return sorted([b, a], key=functools.cmp_to_key(plain))[0] - a

def plain(x, y):
    return x - y

def order(xs):
    try:
        return ','.join(map(str, sorted(xs, key=functools.cmp_to_key(cmp))))
    except Tie as e:
        return rescue(xs)


def rescue(xs):
    kept = list(filter(keep, xs))
    return '|'.join(map(str, sorted(kept, key=functools.cmp_to_key(strict))))

def keep(v):
    return v != 7

calls = 0
def strict(a, b):
    global calls; calls += 1
    if calls == 3: raise Exception('third')
    return b - a

def main():
    out = []
    for xs in [[3, 8, 1], [7, 2], [4, 9, 7, 6, 1], [2, 12]]:
        try:
            out.append(order(xs))
        except Exception as e:
            out.append(str(e))


    return ';'.join(out)

import functools; main()
