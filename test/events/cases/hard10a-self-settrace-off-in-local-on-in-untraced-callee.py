# conformance mode=self
from sys import settrace, gettrace
def L(frame, event, arg):
    print('L', event, frame.f_code.co_name, frame.f_lineno, 'none' if arg is None else arg)
    if event == 'line' and frame.f_lineno == 20: settrace(None)
    return L

def G(frame, event, arg):
    print('G', event, frame.f_code.co_name, frame.f_lineno, gettrace().__name__)
    return L

def revive(x):
    y = x * 2
    settrace(G)
    y += 1
    return y

def outer():
    a = 1
    a += 1
    a += leaf(a)
    a += revive(a)
    a += leaf(a)
    return a

def leaf(v):
    return v + 1

settrace(G)
print('result', outer())
settrace(None)
