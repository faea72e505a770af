# conformance mode=record
def side(v):
    return v + 1

def f(n):
    r = (side(n), side(n * 2))[1]
    for i in range(2): r += (side(i), i)[1]
    return r

f(2)
