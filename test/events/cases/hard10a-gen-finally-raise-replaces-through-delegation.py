# conformance mode=back
class Boom(Exception): pass
class Other(Exception): pass
def check(v):
    if v > 1: raise Boom('big')
    return v

def cleanup(tag):
    raise Other(tag)

def inner(n):
    i = 0
    try:
        while True:
            yield check(i)
            i += 1

    finally:
        if i > 0: cleanup('inner')


def middle():
    try:
        yield from inner(3)
        yield -2
        yield -1
    finally:
        check(0)


def main():
    total = 0
    try:
        for v in middle():
            total += v

    except Other as e:
        total += 100

    return total

main()
