# conformance mode=locals
def leaf(n):
    a = yield n
    b = yield n + a
    return a * b

def mid(n):
    r = yield from leaf(n)
    s = yield from leaf(r)
    return r + s

def top():
    acc = 0
    r = yield from mid(1)
    acc += r
    q = yield from mid(acc)
    yield acc + q

def main():
    g = top()
    sent = 1
    got = next(g)
    while sent < 9:
        sent += 1
        got = g.send(sent)

    next(g, None)
    return got

main()
