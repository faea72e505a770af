# conformance mode=locals
class Overflow(Exception): pass
def check(acc, x):
    next = acc + x
    if next > 10:
        raise Overflow('over')

    return next

def add(acc, x):
    res = acc
    try:
        res = check(acc, x)
    finally:
        if x % 2 == 0:
            return res * 2


    return res

def total(xs):
    start = 1
    return __import__('functools').reduce(add, xs, start)

def main():
    out = total([2, 3, 4])
    try:
        out += total([1, 9, 5])
    except Overflow as e:
        out = -out

    return out

main()
