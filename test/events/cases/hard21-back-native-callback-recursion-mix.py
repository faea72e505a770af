# conformance mode=back
import functools
class Bad(Exception): pass
def fix(m):
    if m == '9':
        raise Bad('nine')

    return str(int(m) + 1)

def bump(s):
    return ''.join(map(fix, s))

def add(acc, x):
    return acc + len(safe(x))

def safe(v):
    try:
        return bump(v)
    except Bad:
        return 'bad'


def total(xs):
    return functools.reduce(add, xs, 0)

def cmp(a, b):
    return total(list(map(bump, [a]))) - total([b])

def main():
    xs = sorted(['19', '3'], key=functools.cmp_to_key(cmp))
    return xs[0]

main()
