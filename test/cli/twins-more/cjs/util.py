def total(xs):
    acc = 0
    for x in xs:
        acc += x
    return acc

def scale(xs, k):
    return list(map(lambda x: x * k, xs))

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
__all__ = ["total", "scale", "fib"]
