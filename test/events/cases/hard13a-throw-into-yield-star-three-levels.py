# conformance mode=record
def c():
    yield 1

def b():
    yield from c()

def a():
    yield from b()

def main():
    g = a()
    next(g)
    try:
        g.throw(Exception('deep'))
    except Exception as e:
        return 'c'


main()
