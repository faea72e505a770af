# conformance mode=locals
class Bad(Exception): pass
def outer(xs):
    errs = 0
    msg = ''
    def note(e):
        nonlocal errs, msg
        errs += 1; msg = msg + str(e)
        return errs

    def parse(x):
        if x < 0: raise Bad('n' + str(-x))
        return x * 2

    out = 0
    for x in xs:
        try:
            out += parse(x)
        except Bad as e:
            if note(e) > 1: return out + errs

        out += 1; del x

    return out

outer([1, -2, 3, -4, 5]); outer([7, -1])
