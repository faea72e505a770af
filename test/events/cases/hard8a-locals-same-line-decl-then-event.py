# conformance mode=locals
class Bad(Exception): pass
def boom(n):
    raise Bad('b')

def first(n):
    k = n + 1; return k * 2

def second(n):
    k = n + 2; k = boom(k)

def main(xs):
    r = 0
    try:
        r = len(list(map(first, xs))); list(map(second, xs))
    except Bad as e:
        q = r * 3; r = first(q); del q

    return r

main([1])
