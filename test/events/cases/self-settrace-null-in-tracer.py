# conformance mode=self
from sys import settrace
def local(frame, event, arg):
    print('local', event, frame.f_code.co_name, frame.f_lineno)
    if event == 'line' and frame.f_code.co_name == 'inner':
        settrace(None)

    return local

def glob(frame, event, arg):
    print('global', event, frame.f_code.co_name, frame.f_lineno)
    return local

def inner():
    v = 1
    return v

def outer():
    a = inner()
    b = 2
    settrace(glob)
    c = 3
    return a + b + c

settrace(glob)
outer()
settrace(None)
print('done')
