# conformance mode=back
def source():
    n = 0
    while n < 4:
        n += 1
        yield n


def pump(src):
    first = next(src)
    yield first
    second = pull(src)
    yield first + second

def pull(src):
    return next(src)

def drive(p):
    return next(p, None)

def main():
    src = source()
    pull(src)
    p = pump(src)
    t = drive(p)
    t += pull(src)
    t += next(p)
    drive(p)
    next(src, None)
    return t

main()
