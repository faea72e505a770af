# conformance mode=record
def compute(x):
    if x < 0: raise Exception('neg')
    return x * 2

def gen(x):
    yield 1
    return compute(x)

def main():
    g = gen(-3)
    next(g)
    try:
        next(g)
    except Exception as e:
        return next(g, True)


main()
