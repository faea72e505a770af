# conformance mode=record
def c():
    yield 1
    raise Exception('c')

def b():
    yield from c()

def a():
    try:
        yield from b()
    except Exception as e:
        return 7


def main():
    g = a()
    r1 = next(g)
    r2 = next(g, True)
    return r2 and r1

main()
