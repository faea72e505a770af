def numbers(n):
    i = 0
    while i < n:
        try:
            yield i
        except KeyError:
            i += 2

        i += 1


def countdown(n):
    while n > 0: n -= 1
    return n

def drive():
    g = numbers(5)
    first = next(g)
    second = g.throw(KeyError("skip"))
    rest = list(g)
    return first + second + len(rest) + countdown(3)

print(drive())
