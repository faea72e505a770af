# conformance mode=locals
class Bad(Exception): pass
def check(v):
    if v > 5: raise Bad('big')
    return v

def f(xs):
    acc = 0
    for x in xs:
        if x > 0:
            dbl = x * 2
            for y in [dbl, x]:
                z = check(y + acc)
                acc += z; del y, z

            acc += 1; del dbl

        acc -= 1; del x

    return acc

def main():
    r = f([0, 1])
    try:
        r += f([1, 2])
    except Bad as e:
        r -= 1

    return r

main()
