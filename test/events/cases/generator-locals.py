# conformance mode=locals
def squares(n):
    i = 0
    while i < n:
        sq = i * i
        yield sq
        i += 1; del sq


def main():
    g = squares(2)
    first = next(g)
    second = next(g)
    next(g, None)
    return first + second

main()
