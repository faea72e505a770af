# conformance mode=back
def tag(v):
    return v * 10

def produce():
    for v in [1, 2]:
        yield tag(v)


def consume(g):
    s = 0
    for x in g:
        s += x

    return s

def main():
    g = produce()
    return consume(g)

main()
