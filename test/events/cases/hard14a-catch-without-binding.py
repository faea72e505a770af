# conformance mode=record
def risky(n):
    if n > 1: raise Exception('big')
    return n

def f(n):
    try:
        return risky(n)
    except:
        return -1


f(1); f(2)
