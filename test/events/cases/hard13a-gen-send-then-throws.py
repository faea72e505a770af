# conformance mode=record
def acc():
    total = 0
    while True:
        x = yield total
        if x < 0: raise Exception('negative')
        total += x


def main():
    g = acc()
    next(g)
    g.send(3)
    try:
        g.send(-1)
    except Exception as e:
        return next(g, True)


main()
