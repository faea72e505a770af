# conformance mode=locals
class Stop(Exception): pass
def scan(xs):
    total = 0
    count = 0
    def add(x):
        if x < 0:
            raise Stop('neg')

        nonlocal total, count; total += x; count += 1

    try:
        list(map(add, xs))
    except Stop as e:
        total = -total

    return total * 10 + count

scan([1, 2, -3, 4])
scan([5])
