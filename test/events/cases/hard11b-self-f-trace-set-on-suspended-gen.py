# conformance mode=self
from sys import settrace
frames = {}
def L(frame, event, arg):
    print('L', event, frame.f_code.co_name, frame.f_lineno, ('none' if arg is None else arg) if event == 'return' else '')
    return L

def G(frame, event, arg):
    print('G', event, frame.f_code.co_name, frame.f_lineno)
    frames[frame.f_code.co_name] = frame
    return L if frame.f_code.co_name == 'main' else None

def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1


def main():
    g = counter(4)
    a = next(g)
    frames['counter'].f_trace = L
    b = next(g)
    frames['counter'].f_trace = None
    c = next(g)
    settrace(None)
    frames['counter'].f_trace = L
    d = next(g)
    settrace(G)
    e = next(g, -1)
    return a + b + c + d + e

settrace(G)
print('result', main())
settrace(None)
