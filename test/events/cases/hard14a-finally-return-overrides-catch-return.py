# conformance mode=record
def boom(n):
    if n: raise Exception('x')
    return 1

def f(n):
    try:
        return boom(n)
    except Exception as e:
        return 2
    finally:
        if n > 1: return 3


f(0); f(1); f(2)
