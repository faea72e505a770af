# conformance mode=back
class Clash(Exception): pass
def key(v):
    if v == 0: raise Clash('zero')
    return v

def cmp(a, b):
    return key(a) - key(b)

def order(xs):
    ys = list(xs)
    try:
        ys.sort(key=__import__('functools').cmp_to_key(cmp))
    finally:
        ys.append(len(ys))

    return ys

def main():
    n = 0
    for xs in [[2, 1], [1, 0], [3, 4, 5]]:
        try:
            n += order(xs)[0]
        except Clash as e:
            n += 100


    return n

main()
