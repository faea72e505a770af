# conformance mode=locals
def main():
    limit = 2
    seen = ''
    def walk():
        nonlocal limit, seen; i = 0
        while i < limit:
            seen += str(i)
            yield i
            i += 1
            limit -= 1

        seen = seen + 'e'

    g = walk()
    next(g)
    limit = 5
    next(g)
    seen = seen + 'x'
    next(g)
    limit += 1
    next(g, None)
    return seen + str(limit)

main()
