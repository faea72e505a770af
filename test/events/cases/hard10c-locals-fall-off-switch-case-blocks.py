# conformance mode=locals
def f(v):
    acc = 1
    match v:
        case 1:
            a = acc + 10; acc += a
            del a

        case 2:
            b = acc * 3; acc -= b; del b

        case 3:
            c = acc + v
            return c * 2

        case _: d = v; acc = d * d; del d


f(1); f(2); f(3); f(9)
