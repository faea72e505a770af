# conformance mode=record
class A(Exception): pass
class B(Exception): pass
def inner(k):
    try:
        yield k
        if k > 1: raise B('b')
    finally:
        if k == 3: return


def outer(k):
    try:
        yield 0
        raise A('a')
    finally:
        yield from inner(k)
        yield -1


def drive(k):
    seen = []
    try:
        for v in outer(k):
            seen.append(v)

    except (A, B) as e:
        seen.append('A' if isinstance(e, A) else 'B'); seen.append('x') if isinstance(e, B) else None

    return len(seen)

def main():
    r = drive(1)
    try:
        r += drive(2)
    except B:
        r += 100

    return r + drive(3)

main()
