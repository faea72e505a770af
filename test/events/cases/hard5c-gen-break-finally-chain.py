# conformance mode=record
def log(tag):
    return len(tag)

def inner():
    try:
        yield 1
        yield 2
    finally:
        log('inner')


def outer():
    try:
        yield 0
        yield from inner()
    finally:
        log('outer')
        log('outer2')


def main():
    g = outer()
    total = 0
    for v in g:
        total += v
        if v == 2:
            next(g, None); break


    after = next(g, None)
    return total

main()
