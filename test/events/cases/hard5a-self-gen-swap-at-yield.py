# conformance mode=self
from sys import settrace
def A(frame, event, arg):
    print('A', event, frame.f_code.co_name, frame.f_lineno, ('none' if arg is None else arg) if event == 'return' else '')
    return B if event == 'return' else A

def B(frame, event, arg):
    print('B', event, frame.f_code.co_name, frame.f_lineno, ('none' if arg is None else arg) if event == 'return' else '')
    return A if event == 'exception' else None

def glob(frame, event, arg):
    print('G', event, frame.f_code.co_name, frame.f_lineno, 'none' if frame.f_trace is None else frame.f_trace.__name__)
    return A if frame.f_trace is None else None

def gen():
    i = 0
    while i < 3:
        try:
            yield i
        except Exception as e:
            i += 0

        i += 1

    i = -1

def main():
    g = gen()
    r = next(g)
    r += g.throw(Exception('x'))
    for v in g:
        r += v

    return r

settrace(glob)
main()
settrace(None)
