# conformance mode=locals
def f(xs):
    total = 0

    base = len(xs)
    for x in xs:

        sq = x * x + base
        if sq > 20:
            over = sq - 20
            return over + total

        total += sq; del sq

        total += 1; del x

    total += base; del base


f([1, 2]); f([1, 5, 2])
