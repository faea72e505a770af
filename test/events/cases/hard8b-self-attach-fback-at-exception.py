# conformance mode=self
from sys import settrace
def L(frame, event, arg):
    print('L', event, frame.f_code.co_name, frame.f_lineno)
    if event == 'exception' and frame.f_back and frame.f_back.f_trace is None: frame.f_back.f_trace = L
    return L

def G(frame, event, arg):
    print('G', event, frame.f_code.co_name, frame.f_lineno)
    return L if frame.f_code.co_name == 'gen' else None

class Oops(Exception): pass
def gen(k):
    yield k
    if k > 1: raise Oops('k')
    yield k + 1

def mid(g):
    s = next(g)
    try:
        s += next(g)
    finally:
        s = -s

    return s

def top(k):
    try:
        return mid(gen(k))
    except Oops as e:
        return 0


def main():
    a = top(2)
    g = gen(1)
    return a + mid(g) + next(g, 0)

settrace(G)
main()
settrace(None)
