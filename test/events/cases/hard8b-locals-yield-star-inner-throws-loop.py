# conformance mode=locals
class Fail(Exception): pass
def part(n):
    base = n * 10
    yield base
    if n % 2 == 1: raise Fail('odd')
    yield base + 1
    return base + 2

def whole(limit):
    n = 0
    acc = 0
    while n < limit:
        n += 1
        try:
            r = yield from part(n)
            acc += r; del r
        except Fail as e:
            lost = n
            acc -= lost; del lost


    return acc

def main():
    s = 0
    for v in whole(3):
        s += v; del v

    return s

main()
