# conformance mode=record
def compute(x):
    if x < 0: raise Exception('neg')
    return x * 2

def gen(x):
    yield 1
    try:
        return compute(x)
    except Exception as e:
        return -1


def main():
    g = gen(-3)
    next(g)
    r = next(g, True)
    g2 = gen(4)
    next(g2)
    return r and next(g2, True)

main()
