# conformance mode=locals
def owner(start):
    count = start
    log = ''
    def bump(d):
        nonlocal count, log; count += d
        log = log + str(d)
        return count

    seen = yield bump
    count = count + seen
    again = yield count
    log = log + '!'
    yield log + str(again)

def helper(fn, k):
    return fn(k) + fn(k + 1)

def main():
    g = owner(10)
    bump = next(g)
    a = helper(bump, 1)
    b = g.send(a)
    bump(5)
    c = g.send(b)
    next(g, None)
    return c

main()
