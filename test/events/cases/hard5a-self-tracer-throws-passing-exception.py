# conformance mode=self
from sys import settrace, gettrace
def glob(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    if event == 'exception' and frame.f_code.co_name == 'mid': raise TypeError('tracer')
    return glob

def leaf():
    raise ValueError('orig')

def helper():
    return 7

def mid():
    try:
        leaf()
    finally:
        print('mid finally', 'off' if gettrace() is None else 'on')


def top():
    z = 1
    try:
        mid()
    except Exception as e:
        print('caught', type(e).__name__, str(e))
        settrace(glob)

    z += helper()
    return z

settrace(glob)
top()
settrace(None)
