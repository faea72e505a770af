# conformance mode=locals
def show(v):
    return v * 10

def run(n):
    x = n
    total = show(x); keep = [x]
    fn = None; del x
    # inner block: a new x shadows the outer one
    x = total + 1
    def g(x=x):
        return x * 2

    # innermost block
    total2 = g()
    total += total2; del total2

    fn = g; del g; x = keep[0]

    total += fn()
    return total + x

run(1)
run(2)
