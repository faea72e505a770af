# conformance mode=locals
class Err(Exception): pass
def probe(v):
    if v > 5: raise Err('big')
    return v

def scan(xs):
    best = -1
    i = 0; v = 0
    while i < len(xs):
        v = xs[i]; i += 1
        try:
            best = probe(v)
            if best == 3: return best * 10
        finally:
            if v % 2 == 1: break

        best += 100

    return best + i

def main():
    r = scan([2, 3, 4]) + scan([9, 1])
    try:
        r += scan([4, 8, 2])
    except Err as e:
        r = -r

    return r

main()
