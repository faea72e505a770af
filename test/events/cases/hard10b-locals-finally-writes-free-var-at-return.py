# conformance mode=locals
class Bad(Exception): pass
def outer():
    total = 0
    def pend():
        nonlocal total
        try:
            return 1
        finally:
            total += 5


    def fail():
        nonlocal total
        try:
            raise Bad('x')
        finally:
            total += 100


    pend()
    try:
        fail()
    except Bad as e:
        total += 1

    return total

outer()
