# conformance mode=record
class Skip(Exception): pass
def add(acc, x):
    if x < 0:
        raise Skip('neg')

    return acc + x

def tally(n):
    return n + 1

def sumAll(groups):
    total = 0
    seen = 0
    for g in groups:
        try:
            total += __import__('functools').reduce(add, g)
        except Exception as e:
            if isinstance(e, Skip):
                continue

            total -= 100
        finally:
            seen = tally(seen)


    return total * 10 + seen

sumAll([[1, 2], [], [3, -1, 4], [5]])
