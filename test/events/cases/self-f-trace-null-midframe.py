# conformance mode=self
from sys import settrace
def local(frame, event, arg):
    print('local', event, frame.f_code.co_name, frame.f_lineno)
    if event == 'line' and frame.f_code.co_name == 'work' and frame.f_lineno == 20:
        frame.f_trace = None
        return None

    return local

def glob(frame, event, arg):
    print('global', event, frame.f_code.co_name, frame.f_lineno)
    return local

def leaf():
    return 1

def work():
    a = 1
    a += 1
    a += leaf()
    return a

settrace(glob)
work()
settrace(None)
print('done')
