# conformance mode=locals
def rows(data):
    count = 0
    for row in data:
        width = len(row)
        if width > 1:
            head = row[0]
            got = yield head * width
            count += got; del head, got
        else:
            only = row[0]
            yield only; del only

        count += 1; del width, row

    return count

def wrap(data):
    total = yield from rows(data)

    last = total + 1
    yield last; del last

    yield total

def main():
    g = wrap([[2, 3], [7], [4, 5, 6]])
    r = next(g)
    r += g.send(10)
    r += g.send(20)
    r += g.send(30)
    r += next(g)
    next(g, None)
    return r

main()
