# conformance mode=back
class Fail(Exception): pass
def log_it(x):
    return x

def boom(n):
    try:
        raise Fail('b')
    finally:
        log_it(n)


def steps():
    yield log_it(1)
    yield log_it(2)

def recover(n):
    s = 0
    try:
        boom(n)
    except Fail as e:
        s += log_it(n + 1)
        for v in steps():
            s += v

    finally:
        s += log_it(0)

    return s

def outer():
    return recover(5) + recover(7)

outer()
