# conformance mode=locals
class Bad(Exception): pass
def gen(n):
    acc = 0
    for i in [1, 2, 3]:
        if i > 1:
            part = acc + i
            if part > n: raise Bad(str(part))
            acc = yield part; del part, i
        else:
            acc += yield -i; del i


    return acc

def main():
    g = gen(5)
    r = next(g)
    try:
        r += g.send(3)
        r += g.send(7)
    except Bad as e:
        r -= 100

    return r

main()
