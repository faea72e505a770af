# conformance mode=self
from sys import settrace
def T(frame, event, arg):
    print('T', event, frame.f_code.co_name, frame.f_lineno)
    return T

def M(frame, event, arg):
    print('M', event, frame.f_code.co_name, frame.f_lineno)
    return None

def local(frame, event, arg):
    print('L', event, frame.f_code.co_name, frame.f_lineno)
    if event == 'return' and arg == 2: frame.f_back.f_back.f_trace = T
    if event == 'exception': frame.f_back.f_trace = M
    return local

def glob(frame, event, arg):
    print('G', event, frame.f_code.co_name, frame.f_lineno)
    return local if frame.f_code.co_name == 'leaf' else None

def leaf(x):
    if x < 0: raise ValueError('neg')
    return x

def mid(x):
    try:
        return leaf(x)
    except Exception as e:
        return 0


def top():
    a = mid(1)
    a += mid(2)
    a += mid(-1)
    return a

settrace(glob)
top()
settrace(None)
