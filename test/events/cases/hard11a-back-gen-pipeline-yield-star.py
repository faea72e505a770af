# conformance mode=back
def numbers(limit):
    n = 1
    while n <= limit:
        yield n
        n += 1

    return n

def evens(source):
    for x in source:
        if x % 2 == 0: yield x


def squares(source):
    for x in source:
        yield x * x


def chain(a, b):
    first = yield from a
    yield from b
    return first

def sum(source):
    total = 0
    for v in source:
        total += v

    return total

def main():
    pipeline = squares(evens(numbers(6)))
    tail = numbers(2)
    return sum(chain(pipeline, tail))

main()
