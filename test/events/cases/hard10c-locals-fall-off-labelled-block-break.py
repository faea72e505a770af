# conformance mode=locals
def f(x):
    kind = 0
    # check:
    p = x * 2
    if p > 4:
        q = p - 4; kind = q
        del p, q
    else:
        r = p + 1; kind = r; del p, r


f(5); f(1)
