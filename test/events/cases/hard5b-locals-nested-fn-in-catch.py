# conformance mode=locals
class Risky(Exception): pass
class Unfixable(Exception): pass
def risky(x):
    if x > 0:
        raise Risky('r')

    return x

def mapper(x):
    out = -1
    try:
        out = risky(x)
    except Risky as e:
        base = x * 100
        def fix(k):
            lim = 2
            if k > lim:
                raise Unfixable('k')

            return base + k

        out = fix(x); del base

    return out

def convert(xs):
    return list(map(mapper, xs))

def main():
    res = len(convert([0, 1, 2]))
    try:
        res += len(convert([1, 3]))
    except Unfixable as e:
        res += 100

    return res

main()
