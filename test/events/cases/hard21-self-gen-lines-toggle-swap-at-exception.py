# conformance mode=self
from sys import settrace
class Boom(Exception): pass
def show(tag, frame, event, arg):
    print(tag, event, frame.f_code.co_name, frame.f_lineno, arg[0].__name__ if event == 'exception' else ('none' if arg is None else arg) if event == 'return' else '')

def A(frame, event, arg):
    show('A', frame, event, arg)
    if event == 'line' and frame.f_lineno == 24: frame.f_trace_lines = False
    if event == 'return': frame.f_trace_lines = True
    return B if event == 'exception' else None

def B(frame, event, arg):
    show('B', frame, event, arg)
    return A if event == 'return' else B

def G(frame, event, arg):
    show('G', frame, event, arg)
    return A if frame.f_lineno == frame.f_code.co_firstlineno else None

def gen(n):
    i = 0
    while i < n:
        try:
            i += 1
            if i == 2: raise Boom('two')
            yield i
        except Boom:
            yield -i



def main():
    s = 0
    for v in gen(3):
        s += v

    return s

settrace(G)
print('result', main())
settrace(None)
