# conformance mode=self
from sys import settrace, gettrace
class Replacement(Exception): pass
class Missing(Exception): pass
def glob(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno, arg[0].__name__ if event == 'exception' else '')
    if event == 'return' and frame.f_code.co_name == 'mid' and arg is None: raise Replacement('r')
    return glob

def leaf():
    raise Missing('k')

def mid():
    leaf()

def top():
    try:
        mid()
    except Exception as e:
        print('top caught', type(e).__name__)

    return 0

settrace(glob)
top()
print('tracing', 'off' if gettrace() is None else 'on')
settrace(None)
