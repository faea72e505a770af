# conformance mode=locals
class Oops(Exception): pass
def calc(x):
    if x < 0 or x > 50: raise Oops('range')
    return x + 10

def twice(x):
    acc = x
    try:
        acc = calc(acc)
        return acc
    finally:
        step = acc * 2
        if step > 30: return step
        acc = step; del step


def outer(xs):
    out = 0
    x = 0
    for x in xs:
        try:
            out += twice(x)
        except Oops as e:
            out -= 1


    return out + x

outer([3, 12, -4, 60, 1])
