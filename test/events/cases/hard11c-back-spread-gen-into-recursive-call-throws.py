# conformance mode=back
class Odd(Exception): pass
def halves(n):
    while n > 1:
        if n % 2 == 1: raise Odd(str(n))
        n = n // 2
        yield n


def pieces(xs):
    for x in xs:
        yield x + 1


def combine(first, *rest):
    if len(rest) == 0: return first
    return first + combine(*pieces(rest))

def run(n):
    try:
        return combine(*halves(n))
    except Odd as e:
        return retry(n - 1)


def retry(n):
    return combine(n, *pieces([n, n]))

def main():
    a = run(16)
    b = run(12)
    return a * 1000 + b

main()
