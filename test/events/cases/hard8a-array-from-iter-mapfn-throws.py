# conformance mode=record
class Stop(Exception): pass
class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        return [self.i * self.n]


def scale(v):
    if v[0] > 6:
        raise Stop('big')

    return v[0] + 1

def note(n):
    return n * 2

def collect(n):
    try:
        return list(map(scale, Ticker(n)))
    except Stop as e:
        return [note(n)]
    finally:
        note(-n)


def main():
    a = collect(3)
    b = collect(7)
    return len(a) + len(b)

main()
