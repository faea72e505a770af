# conformance mode=locals
class Bad(Exception): pass
def check(a, b):
    if a + b > 5: raise Bad('big')
    return a * b

def pair(n):
    a = n; b = a + 1; c = check(a, b); return c + a

def loop(xs):
    s = 0
    i = 0
    while i < len(xs): v = xs[i]; i += 1; s += pair(v); del v
    return s

def main():
    r = loop([1, 0])
    try:
        r += loop([1, 2, 5])
    except Bad as e:
        q = r + 1; r = pair(q - 2) - q; del q

    return r

main()
