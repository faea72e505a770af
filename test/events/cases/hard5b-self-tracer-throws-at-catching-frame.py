# conformance mode=self
from sys import settrace, gettrace
class Replacement(Exception): pass
class Original(Exception): pass
def glob(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    if event == 'exception' and frame.f_code.co_name == 'mid': raise Replacement('r')
    return glob

def leaf():
    raise Original('o')

def mid():
    try:
        leaf()
    except Exception as e:
        print('mid caught', type(e).__name__)

    return 'mid done'

def top():
    r = 'none'
    try:
        r = mid()
    except Exception as e:
        r = 'top caught ' + type(e).__name__

    print(r)

settrace(glob)
top()
print('tracing', 'off' if gettrace() is None else 'on')
settrace(None)
