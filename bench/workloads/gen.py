# A 3-stage generator pipeline: source -> map -> filter, drained by a loop.
N = 1500000
MOD = 1000000007


def source(n):
    for i in range(n):
        yield i


def square(items):
    for x in items:
        yield (x * x) % MOD


def keep_odd(items):
    for x in items:
        if x % 2 == 1:
            yield x


def run():
    total = 0
    for v in keep_odd(square(source(N))):
        total = (total + v) % MOD
    return total
