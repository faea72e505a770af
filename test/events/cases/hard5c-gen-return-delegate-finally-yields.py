# conformance mode=back
def tidy(tag):
    return tag + '!'

def inner():
    try:
        yield 'a'
    finally:
        tidy('in')
        yield 'cleanup'
        tidy('in2')


def outer():
    try:
        yield from inner()
    finally:
        tidy('out')


def consume(g):
    for v in g:
        if v == 'a':
            next(g, None); break



def main():
    g = outer()
    consume(g)
    last = next(g, None)
    return next(g, None)

main()
