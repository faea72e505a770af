# conformance mode=back
class Leaf:
    def __init__(self, v):
        self.v = v

    def __iter__(self):
        yield self.v


class Pair:
    def __init__(self, a, b):
        self.a = a; self.b = b

    def __iter__(self):
        yield from self.a
        yield from self.b


def main():
    p = Pair(Leaf(1), Pair(Leaf(2), Leaf(3)))
    all = list(p)
    return len(all)

main()
