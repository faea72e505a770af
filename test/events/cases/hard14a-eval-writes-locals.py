# conformance mode=locals
def f(a):
    b = 2
    a = a + 10; b = b * 5
    c = a + b
    return c

f(1)
