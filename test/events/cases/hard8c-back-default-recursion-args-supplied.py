# conformance mode=back
def id(v):
    return v

def walk(n, acc=None):
    acc = (walk(n - 1, 5) if n > 0 else 0) if acc is None else acc
    return acc + n

def pick(n, a=None, b=None):
    a = (pick(n - 1, 7) if n > 0 else 1) if a is None else a; b = id(a) if b is None else b
    return a + b

def main():
    return walk(2) + pick(1)

main()
