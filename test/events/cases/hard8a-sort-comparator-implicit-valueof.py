# conformance mode=record
class Void(Exception): pass
class Cost:
    def __init__(self, c):
        self.c = c

    def __int__(self):
        if self.c is None:
            raise Void('void')

        return self.c


def cheapest(items):
    ys = sorted(items, key=__import__('functools').cmp_to_key(lambda a, b: int(a) - int(b)))
    return ys[0].c

def main():
    r = cheapest([Cost(3), Cost(1), Cost(2)])
    try:
        r += cheapest([Cost(5), Cost(4), Cost(None), Cost(6)])
    except Void as e:
        r = -r

    return r

main()
