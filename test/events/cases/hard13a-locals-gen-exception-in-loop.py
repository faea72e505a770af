# conformance mode=locals
def gen(limit):
    total = 0
    i = 0
    while i < 4:
        i += 1
        sq = i * i
        if sq > limit: raise Exception('limit')
        total += sq
        yield total; del sq


def main():
    last = 0
    g = gen(5)
    try:
        last = next(g)
        last = next(g)
        last = next(g)
    except Exception as e:
        last = -last; del e

    return last

main()
