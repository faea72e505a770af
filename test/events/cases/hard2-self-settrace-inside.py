# conformance mode=self
from sys import settrace
def local(frame, event, arg):
    print('local', event, frame.f_code.co_name, frame.f_lineno)
    return local

def glob(frame, event, arg):
    print('global', event, frame.f_code.co_name, frame.f_lineno)
    return local

def helper(x):
    return x * 2

def inner():
    settrace(glob)
    v = helper(1)
    v += 1
    return v

def outer():
    r = inner()
    r += helper(5)
    settrace(None)
    return r + helper(0)

outer()
print('after')
