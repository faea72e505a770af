# conformance mode=locals
def f(x):
    a = 0

    a += 1
    if not (x > 1):
        a += 10

        if not (x > 0):
            a += 100

        a += 1000

    return a

f(0); f(1); f(2)
