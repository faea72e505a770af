# conformance mode=record
def even(n):
    if n == 0: return 'Z'
    try:
        r = yield from odd(n - 1)
        yield 'e' + str(n) + r
    except Exception as e:
        yield 'caught' + str(n)

    return 'e'

def odd(n):
    if n == 3: raise Exception('odd3')
    if n == 1:
        got = yield 'o1'
        if got == 'boom': raise TypeError(got)

    r = yield from even(n - 1)
    return 'o' + r

def drain(g, sendAt):
    out = []
    msg = None
    step = next(g, StopIteration)
    while step is not StopIteration:
        out.append(step)
        msg = 'boom' if len(out) == sendAt else None
        step = g.send(msg) if msg else next(g, StopIteration)

    return ','.join(out)

def main():
    a = drain(even(6), 0)
    b = drain(even(2), 1)
    c = drain(even(4), 0)
    return '|'.join([a, b, c])

main()
