# conformance mode=record
def g():
    try:
        yield 1
        yield 2
    finally:
        return 'done'


def main():
    it = g()
    next(it)
    try: it.throw(Exception('stop'))
    except StopIteration as s: return s.value

main()
