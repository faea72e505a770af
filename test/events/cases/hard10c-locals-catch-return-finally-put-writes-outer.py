# conformance mode=locals
class Bad(Exception): pass
def outer(n):
    log = 0
    def put(k):
        nonlocal log
        log = log * 10 + k
        return log

    try:
        if n: raise Bad('b')
        return put(1)
    except Bad as e:
        return put(2) + n
    finally:
        put(3)



outer(0); outer(4)
