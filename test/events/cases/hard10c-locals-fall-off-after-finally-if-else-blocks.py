# conformance mode=locals
def f(v):
    out = 0
    try:
        a = v + 1; out += a; del a
    finally:
        if v > 2:
            b = v * 2; out += b; del b
        else:
            c = v - 1
            if c: d = c * 3; out += d; del d
            out += c; del c




f(5); f(1); f(2)
