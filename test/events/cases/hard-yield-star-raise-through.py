# conformance mode=record
def inner():
    try:
        yield 1
        raise TypeError('inner')
    finally:
        yield 2


def middle():
    try:
        yield from inner()
    finally:
        n = 0


def outer():
    try:
        yield from middle()
    except TypeError as e:
        yield 3

    yield 4

def main():
    total = 0
    for v in outer():
        total += v

    return total

main()
