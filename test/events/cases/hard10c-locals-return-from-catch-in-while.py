# conformance mode=locals
class Bad(Exception): pass
def risky(n):
    if n % 2: raise Bad(str(n))
    return n - 1

def f(n):
    tries = 0
    while tries < 3:
        step = n + tries
        try:
            got = risky(step)
            tries += got; del got, step
        except Bad as e:
            code = step * 100 + tries
            if tries > 0: return code
            tries += 1; del code, step



f(2); f(4); f(1)
