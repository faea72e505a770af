# conformance mode=locals
class Bad(Exception): pass
def chk(v):
    if v > 5: raise Bad('v')
    return v * 2

def head(xs):
    for x in xs: return x * chk(x)
    return -1

def sum(pairs, obj):
    t = 0
    for a, b in pairs: t += chk(a + b); del a, b
    for k in obj: t += chk(obj[k]); del k
    return t

def main():
    r = head([2, 3]) + head([])
    r += sum([[1, 2], [0, 1]], {'p': 1, 'q': 2})
    try:
        r += sum([[1, 1]], {'p': 3, 'q': 9})
    except Bad as e:
        r = -r

    try:
        r += sum([[1, 0], [4, 4]], {})
    except Bad as e:
        r += head([3])

    return r

main()
