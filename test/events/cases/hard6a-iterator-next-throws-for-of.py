# conformance mode=record
class Exhausted(Exception): pass
class Counter:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        return CounterIter(self)


class CounterIter:
    def __init__(self, owner):
        self.owner = owner
        self.i = 0

    def __next__(self):
        self.i += 1
        if self.i > self.owner.limit:
            raise Exhausted('done')

        return (self.i,)


def total(c):
    t = 0
    try:
        for [v] in c:
            if v == 2:
                continue

            if v == 4:
                break

            t += v

    except Exhausted as e:
        t = -t

    return t

def main():
    r = total(Counter(3)) * 100 + total(Counter(5))
    try:
        r += len([*Counter(1)])
    except Exhausted as e:
        r += 1000

    return r

main()
