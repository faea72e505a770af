class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return "$" + format(self.cents / 100, ".2f")
    @property
    def big(self):
        return self.cents > 500
    @big.setter
    def big(self, v):
        self.cents = 1000 if v else 0
    def __iter__(self):
        yield self.cents

def twice(f, x):
    return f.__call__(f(*[x]))

m = Money(250)
print(f"{m}", str(m.big).lower())
m.big = True
print(str(m), len([*m]))
add = lambda a, b: a + b
import functools; print(twice(lambda v: v * 3, 2), functools.reduce(add, [1, 2, 3], 0))
bound = functools.partial(twice, lambda v: v + 1)
import re; print(bound(5), re.sub(r"-", lambda s: "+", "a-b"))
