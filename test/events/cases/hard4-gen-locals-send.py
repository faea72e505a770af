# conformance mode=locals
def acc(limit):
    total = 0
    label = 'a'
    got = 0
    while total < limit:
        got = yield total
        if got > 5:
            label = label + 'b'
            total += got * 2
        else:
            half = got + 1
            total += half
            label = label + str(half); del half


    return label

def wrap(limit):
    res = yield from acc(limit)
    yield res + '!'

def main():
    g = wrap(30)
    r = next(g)
    r += g.send(3)
    r += g.send(10)
    r += g.send(2)
    last = g.send(7)
    next(g, None)
    return last + str(r)

main()
