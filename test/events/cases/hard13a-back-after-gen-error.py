# conformance mode=back
def check(x):
    if x > 1: raise Exception('big')
    return x

def nums():
    yield check(1)
    yield check(2)

def other():
    yield 10
    yield 20

def pull(g):
    return next(g, None)

def main():
    o = other()
    pull(o)
    g = nums()
    pull(g)
    try:
        pull(g)
    except Exception as e:
        pull(o)
        check(0)

    for v in other(): check(v - v)
    return pull(o)

main()
