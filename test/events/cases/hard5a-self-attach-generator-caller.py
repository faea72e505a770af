# conformance mode=self
from sys import settrace
def T(frame, event, arg):
    print('T', event, frame.f_code.co_name, frame.f_lineno, ('none' if arg is None else arg) if event == 'return' else '')
    return T

def G(frame, event, arg):
    print('G', event, frame.f_code.co_name, frame.f_lineno)
    if frame.f_code.co_name == 'helper' and frame.f_back.f_trace is None: frame.f_back.f_trace = T
    return None

def helper(x):
    return x * 2

def gen(n):
    i = 0
    while i < n:
        if i == 1:
            i = helper(i)

        yield i
        i += 1


def main():
    s = 0
    for v in gen(4):
        s += v

    return s

settrace(G)
main()
settrace(None)
