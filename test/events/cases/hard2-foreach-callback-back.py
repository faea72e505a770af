# conformance mode=back
class Neg(Exception): pass
def leaf(v):
    if v < 0:
        raise Neg('negative')

    return v

def visit(v):
    return leaf(v) + 1

def walk(xs):
    list(map(visit, xs))
    return len(xs)

def main():
    try:
        return walk([1, -1, 2])
    except Neg as e:
        return walk([5])


main()
