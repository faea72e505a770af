def check(v):
    if v > 2:
        raise ValueError("bad " + str(v))
    return v

def apply(xs):
    try:
        return list(map(lambda v: check(v), xs))
    except ValueError as e:
        return [str(e)]
    finally:
        print("cleanup")

def walk(xs):
    for x in xs:
        yield check(x)

print(" ".join(apply([1, 5, 2])))
try:
    for v in walk([1, 2, 3]):
        print("got", v)
except ValueError as e:
    print("caught", e)
