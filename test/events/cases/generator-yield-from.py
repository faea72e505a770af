# conformance mode=record
def inner():
    yield 1
    yield 2
    return 10

def outer():
    r = yield from inner()
    yield r

def main():
    total = 0
    for v in outer():
        total += v

    return total

main()
