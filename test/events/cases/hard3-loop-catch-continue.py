# conformance mode=record
class Skip(Exception): pass
class Neg(Exception): pass
def step(x):
    if x % 3 == 0:
        raise Skip('skip')

    if x < 0:
        raise Neg('neg')

    return x * 2

def fallback(x):
    return step(x - 2)

def process_all(xs):
    acc = 0
    for x in xs:
        try:
            acc += step(x)
        except Exception as e:
            if x > 5:
                continue

            try:
                acc += fallback(x)
            except Exception as e2:
                acc -= 1
                continue
            finally:
                acc += 100

            acc += 1000

        acc += 10000

    return acc

process_all([1, 3, 9, 0, 2])
