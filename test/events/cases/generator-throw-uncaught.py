# conformance mode=record
def gen():
    yield 1
    yield 2

def main():
    g = gen()
    next(g)
    try:
        g.throw(Exception('stop'))
    except Exception as e:
        return 'stopped'


main()
