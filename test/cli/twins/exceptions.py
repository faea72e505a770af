def inner(n):
    if n > 2:
        raise ValueError(n)
    return n

def middle(n):
    try:
        return inner(n) * 2
    finally:
        n += 1

def outer(values):
    total = 0
    for v in values:
        try:
            total += middle(v)
        except ValueError:
            total -= 100
    return total

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(outer([1, 2, 3]), fact(4))
