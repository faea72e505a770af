# conformance mode=back
class Bad(Exception): pass
def gen():
    n = 0
    while n < 4:
        n += 1
        yield n


def step(g):
    return next(g, 0)

def cleanup(g):
    try:
        raise Bad('x')
    except Bad as e:
        return step(g)


def run(g):
    try:
        step(g); raise Bad('y')
    finally:
        cleanup(g)


def main():
    g = gen()
    try:
        run(g)
    except Bad as e:
        step(g)

    while step(g): pass

main()
