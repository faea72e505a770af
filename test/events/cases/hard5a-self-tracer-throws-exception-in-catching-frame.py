# conformance mode=self
from sys import settrace, gettrace
def glob(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    if event == 'exception' and frame.f_code.co_name == 'mid': raise TypeError('tracer')
    return glob

def leaf():
    raise ValueError('orig')

def mid():
    r = 'none'
    try:
        leaf()
    except Exception as e:
        r = type(e).__name__

    print('mid', r, 'off' if gettrace() is None else 'on')
    return r

def top():
    try:
        return mid()
    except Exception as e:
        print('top caught', type(e).__name__)
        return 'top'


settrace(glob)
print('result', top())
settrace(None)
