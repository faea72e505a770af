# conformance mode=self
from sys import settrace, gettrace
def name(t): return t.__name__ if t else 'none'
def L(frame, event, arg):
    print('L', event, frame.f_code.co_name, frame.f_lineno, name(gettrace()))
    if event == 'line' and frame.f_lineno in (25, 33): settrace(None)
    if event == 'return' and frame.f_code.co_name == 'inner' and arg == 6: settrace(None)
    return L

def G(frame, event, arg):
    print('G', event, frame.f_code.co_name, frame.f_lineno)
    return L

def inner(x):
    return x * 2

def ticks():
    yield inner(1)
    settrace(G)
    yield inner(2)
    yield inner(3)

def outer():
    a = inner(1)
    b = 2
    c = inner(b)
    settrace(G)
    d = inner(3)
    e = d + 1
    settrace(G)
    g = ticks()
    f = next(g)
    f += next(g)
    f += next(g)
    f += next(g, 100)
    return a + b + c + d + e + f

settrace(G)
print('result', outer(), name(gettrace()))
settrace(None)
