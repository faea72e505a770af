# conformance mode=self
from sys import settrace
def T(frame, event, arg):
    L = frame.f_locals
    if event != 'line' and frame.f_code.co_name != 'main': print(event, frame.f_code.co_name, frame.f_lineno, L['n'], 'undefined' if arg is None else str(arg))
    return T

def grow(n):
    return n + (n := n * 3)

def doubling(n):
    while n < 20: yield (n := n * 2)
    return (n := -n)

def main():
    out = grow(2)
    for v in doubling(3):
        out += v

    return out

settrace(T)
print('result', main())
settrace(None)
