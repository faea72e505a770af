# conformance mode=locals
def f(a, b):
    a = 9
    b = a + 1
    b += 5
    return a * 100 + b

f(1, 2)
