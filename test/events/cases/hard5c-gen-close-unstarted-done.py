# conformance mode=record
class Bad(Exception): pass
def counter(limit):
    try:
        for i in range(limit):
            yield i

    finally:
        limit = 0


def failing():
    yield 1
    raise Bad('x')

def main():
    a = counter(3)
    a.close()
    next(a, None)
    b = failing()
    next(b)
    try:
        next(b)
    except Bad as e:
        next(b, None)

    next(b, None)
    b.close()
    return next(a, True)

main()
