# conformance mode=locals
def f(rows):
    seen = 0
    for k, (a, b) in rows:
        mid = a + b
        if mid > seen:
            seen = mid; del mid, k, a, b; continue
        elif k == 'stop':
            return seen * 10 + a

        seen += 1; del mid, k, a, b

    return -seen

f([['a', [1, 2]], ['b', [0, 1]], ['stop', [0, 0]], ['z', [9, 9]]]); f([['a', [1, 1]]])
