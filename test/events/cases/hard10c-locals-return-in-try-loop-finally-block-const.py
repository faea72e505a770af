# conformance mode=locals
def f(xs):
    best = 0
    for x in xs:
        try:
            if x * x > 10: return x * x + best
            best += x * x
        finally:
            fin = best + 1; best = fin; del fin

        best -= 1; del x

    return best

f([1, 2, 5]); f([1])
