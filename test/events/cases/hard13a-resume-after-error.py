# conformance mode=record
def gen():
    yield 1
    raise Exception('once')

def step(g):
    try:
        return next(g, None)
    except Exception as e:
        return 'err'


def main():
    g = gen()
    step(g)
    step(g)
    again = step(g)
    fresh = step(g)
    return len([again, fresh])

main()
