# conformance mode=locals
class Bad(Exception): pass
def leaf(x):
    half = x // 2
    if half > 1:
        raise Bad('leaf')

    return half

def work(x):
    got = 0
    try:
        got = leaf(x)
    finally:
        got += 100

    return got

def guard(x, swallow):
    res = 'none'
    try:
        res = str(work(x))
    finally:
        if swallow:
            return 'swallowed'


    return res

def outer():
    out = ''; x = None
    for x in [2, 6, 8]:
        try:
            out += guard(x, x < 7)
        except Bad as e:
            out += '!'


    return out

outer()
