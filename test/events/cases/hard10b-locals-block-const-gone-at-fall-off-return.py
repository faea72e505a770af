# conformance mode=locals
def f(v):
    i = 0
    if v > 0:
        t = v * 2; i += t; del t


def g(v):
    i = 0
    while i < v:
        w = i + 1; i += w; del w


def h(v):
    i = 0
    try:
        if v > 1: raise Exception('x')
    except Exception as e:
        s = v * 3; i += s; del s


f(1); f(0); g(3); h(2); h(1)
