# conformance mode=locals
class Bad(Exception): pass
def check(n):
    if n < 0:
        raise Bad('neg' + str(n))

    return n

def run(n):
    total = 0
    try:
        check(n)
        t = n * 2
        total += t; del t
    except Bad as e:
        msg = str(e)
        total = len(msg)
        try:
            check(n - 10)
        except Bad as e2:
            inner = 'in'
            total += len(inner); del inner; del msg

    finally:
        f = 1000
        total += f; del f

    return total

run(3)
run(-4)
