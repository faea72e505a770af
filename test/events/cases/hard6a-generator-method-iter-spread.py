# conformance mode=record
class Odd(Exception): pass
class Bag:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        for x in self.items:
            yield self.check(x)


    def check(self, x):
        if x % 2 == 1:
            raise Odd('odd')

        return x * 10


def main():
    good = Bag([2, 4])
    parts = [*good]
    sum = list(map(lambda v: v + 1, good))
    try:
        parts.extend([*Bag([6, 7, 8])])
    except Odd as e:
        parts.append(-1)

    return len(parts) + len(sum)

main()
