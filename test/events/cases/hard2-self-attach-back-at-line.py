# conformance mode=self
from sys import settrace
def local(frame, event, arg):
    print('local', event, frame.f_code.co_name, frame.f_lineno)
    if event == 'line' and frame.f_lineno == 17: frame.f_back.f_trace = local
    return local

def glob(frame, event, arg):
    print('global', event, frame.f_code.co_name, frame.f_lineno)
    return local if frame.f_code.co_name == 'helper' else None

def helper(x):
    y = x + 1
    if y > 100:
        y = 100

    return y

def outer():
    a = helper(1)
    a += helper(2)
    try:
        raise Exception('x')
    except Exception as e:
        a += 1

    return a

settrace(glob)
outer()
settrace(None)
