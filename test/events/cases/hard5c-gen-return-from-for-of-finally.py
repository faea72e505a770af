# conformance mode=back
def log(s):
    return len(s)

def numbers():
    try:
        yield 1
        yield 2
    finally:
        log('gen-done')


def scale(v):
    return v * 10

def first(limit):
    g = numbers()
    try:
        for v in g:
            if v >= limit:
                r = scale(v); next(g, None); return r


    finally:
        log('consumer')

    return -1

def main():
    return first(2) + first(5)

main()
