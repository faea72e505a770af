# conformance mode=self
from sys import settrace
def other(frame, event, arg):
    print('other', event, frame.f_code.co_name, frame.f_lineno)
    return None

def local(frame, event, arg):
    print('local', event, frame.f_code.co_name, frame.f_lineno)
    if event == 'line' and frame.f_lineno == 22: return other
    return None

def glob(frame, event, arg):
    print('global', event, frame.f_code.co_name, frame.f_lineno)
    if frame.f_code.co_name == 'skip': return None
    return local

def skip():
    return 1

def work():
    a = skip()
    a += skip()
    try:
        raise Exception('x')
    except Exception as e:
        a += 1

    return a

settrace(glob)
work()
settrace(None)
print('done')
