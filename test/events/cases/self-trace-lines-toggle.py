# conformance mode=self
from sys import settrace
def local(frame, event, arg):
    print('local', event, frame.f_code.co_name, frame.f_lineno)
    if event == 'line' and frame.f_lineno == 15: frame.f_trace_lines = False
    if event == 'exception': frame.f_trace_lines = True
    return local

def glob(frame, event, arg):
    print('global', event, frame.f_code.co_name, frame.f_lineno)
    return local

def work():
    n = 1
    n += 1
    try:
        n += 1
        raise Exception('x')
    except Exception as e:
        n += 10

    return n

settrace(glob)
work()
settrace(None)
