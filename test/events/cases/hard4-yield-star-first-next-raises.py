# conformance mode=back
class Early(Exception): pass
def fail(n):
    raise Early(str(n))

def broken(n):
    fail(n)
    yield 1

def late(n):
    yield n
    fail(n)

def outer():
    try:
        yield from broken(1)
    except Early as e:
        yield 10

    r = yield from late(20)
    yield r

def main():
    total = 0
    try:
        for v in outer():
            total += v

    except Early as e:
        total += 1000

    return total

main()
