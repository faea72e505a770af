# conformance mode=record
def worker(n):
    a = yield n
    yield a + 1

def main():
    g = worker(1)
    next(g)
    try:
        g.throw(Exception('stop'))
    except Exception as e:
        return str(e)

    return 'none'

main()
