# conformance mode=locals
class Full(Exception): pass
def collector(cap):
    count = 0
    total = 0
    def add(v):
        nonlocal count, total; count += 1
        if count > cap: raise Full('cap')
        total += v

    def run(xs):
        nonlocal total; i = 0
        while i < len(xs):
            try:
                add(xs[i])
            finally:
                i += 1; total += 100


        return i

    try:
        run([1, 2, 3])
    except Full as e:
        total = -total

    return count * 1000 + total

collector(2); collector(5)
