# conformance mode=self
from sys import settrace
def local(frame, event, arg):
    print('local', event, frame.f_code.co_name, frame.f_lineno)
    return local

def glob(frame, event, arg):
    print('global', event, frame.f_code.co_name, frame.f_lineno)
    if frame.f_code.co_name == 'helper':
        frame.f_back.f_trace = local
        return local

    return None

def helper():
    return 5

def outer():
    a = 1
    b = helper()
    c = a + b
    return c

settrace(glob)
outer()
settrace(None)
