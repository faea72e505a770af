# conformance mode=locals
def f(n):
    acc = 0
    def bump(k):
        nonlocal acc
        acc += k

    try:
        try:
            return acc
        finally:
            bump(n)

    finally:
        n = 7; bump(1)


f(2)
