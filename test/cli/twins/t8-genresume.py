def gen(n):
    for i in range(n):
        yield i

def consume(it):
    total = 0
    for v in it:
        total += v
    return total

def step(it):
    return next(it)

g = gen(4)
first = step(g)
print(first, consume(g))
