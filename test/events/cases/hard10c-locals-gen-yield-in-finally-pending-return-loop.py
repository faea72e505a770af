# conformance mode=locals
def gen(xs):
    total = 0
    for x in xs:
        try:
            if x < 0: return total
            total += yield x
        finally:
            total += 1
            yield -total

        total *= 2; del x

    return total

def main():
    g = gen([3, 4, -1, 9])
    a = next(g)
    a += g.send(10)
    a += g.send(20)
    a += g.send(30)
    a += next(g)
    next(g, None)
    return a

main()
