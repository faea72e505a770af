# conformance mode=record
def count(n):
    i = 0
    while i < n:
        yield i + 1
        i += 1


def drain():
    g = count(2)
    total = 0
    while True:
        v = next(g, None)
        if v is None: break
        total += v

    return total

drain()
