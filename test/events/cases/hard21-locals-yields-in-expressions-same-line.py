# conformance mode=locals
def pair(a, b):
    return a * 10 + b

def gen(k):
    x = pair((yield 'a'), (yield 'b'))
    y = pair((yield 'c'), k); z = [(yield 'e'), x]
    try:
        w = pair(z[0], (yield 'f')) + pair((yield 'g'), 1)
    finally:
        x = (yield 'h') or 5

    return x + y + w

def wrap(k):
    r = yield from gen(k)
    yield r

def drive(k):
    g = wrap(k); out = next(g); n = 0
    while n < 7:
        n += 1
        out += str(g.send(n))

    return out + str(next(g, None))

def main():
    return drive(5) + drive(50)

main()
