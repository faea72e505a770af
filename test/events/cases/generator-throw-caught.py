# conformance mode=record
class Retry(Exception): pass
def worker():
    try:
        yield 1
    except Retry as e:
        yield 2

    yield 3

def main():
    g = worker()
    a = next(g)
    a += g.throw(Retry('again'))
    a += next(g)
    next(g, None)
    return a

main()
