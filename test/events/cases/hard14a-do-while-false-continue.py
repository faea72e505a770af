# conformance mode=locals
def f(x):
    steps = 0
    while True:
        steps += 1
        if not (x > 0):
            steps += 10
        if not False: break
    return steps

f(0); f(1)
