# conformance mode=record
def accumulate():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total

        total += x


def main():
    g = accumulate()
    next(g)
    g.send(5)
    g.send(7)
    next(g, None)

main()
