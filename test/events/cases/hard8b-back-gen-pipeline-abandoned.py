# conformance mode=back
keep = []
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(src):
    for v in src:
        if v % 2 == 0:
            yield v * 10



def take(it, k):
    got = 0
    while k > 0:
        got += next(it)
        k -= 1

    return got

def main():
    src = count(7)
    ev = evens(src)
    keep.append(ev)
    t = take(ev, 2)
    t += take(src, 2)
    t += take(ev, 1)
    keep.append(count(3))
    t += take(keep[1], 1)
    return t

main()
