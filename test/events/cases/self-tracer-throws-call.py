# conformance mode=self
from sys import settrace, gettrace
def glob(frame, event, arg):
    print('global', event, frame.f_code.co_name, frame.f_lineno)
    if frame.f_code.co_name == 'work': raise Exception('tracer failed on call')
    return glob

def work():
    a = 1
    return a

def outer():
    try:
        r = work()
    except Exception as e:
        print('outer caught', str(e))

    x = 2
    return x

settrace(glob)
outer()
print('tracing', 'off' if gettrace() is None else 'on')
settrace(None)
