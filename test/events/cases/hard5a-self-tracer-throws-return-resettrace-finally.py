# conformance mode=self
from sys import settrace, gettrace
armed = True
def glob(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno, str(arg[1]) if event == 'exception' else '')
    if event == 'return' and frame.f_code.co_name == 'leaf' and armed:
        globals()['armed'] = False
        raise TypeError('at return')

    return glob

def leaf():
    v = 3
    return v

def mid():
    try:
        leaf()
        print('not reached')
    finally:
        print('finally', 'off' if gettrace() is None else 'on')
        settrace(glob)
        print('finally', 'off' if gettrace() is None else 'on')


def top():
    try:
        mid()
    except Exception as e:
        print('caught', str(e))

    return leaf()

settrace(glob)
top()
settrace(None)
