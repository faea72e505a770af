import sys
from pkg import shapes
from pkg.sub import deep
from pkg.sub import deep as deep2


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def gen(k):
    for i in range(k):
        yield i * 2


def outer(x):
    def inner(y):
        return x + y
    return inner(1)


s = shapes.Sq(3)
print(s.area, shapes.Sq.unit().area)
print(fib(5), list(gen(3)), outer(4))
try:
    deep.boom()
except ValueError as e:
    print("caught", e)
print(deep2 is deep)
