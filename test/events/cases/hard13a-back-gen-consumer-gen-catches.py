# conformance mode=back
def src():
    yield 1
    raise Exception('src')

def safe():
    try:
        for v in src(): yield v
    except Exception as e:
        yield 0


def drive(g):
    return next(g, None)

def main():
    g = safe()
    drive(g)
    drive(g)
    return drive(g)

main()
