# conformance mode=self
from sys import settrace
def X(frame, event, arg):
    print('X', event, frame.f_code.co_name, frame.f_lineno)
    if event == 'line' and frame.f_lineno == 27:
        frame.f_trace = Y
        return X

    if event == 'exception':
        frame.f_trace = Y
        return None

    return None

def Y(frame, event, arg):
    print('Y', event, frame.f_code.co_name, frame.f_lineno)
    if event == 'line': frame.f_trace = X
    return Y if frame.f_lineno == 31 else None

def glob(frame, event, arg):
    print('G', event, frame.f_code.co_name, frame.f_lineno)
    frame.f_trace = X
    return None

def work():
    a = 1
    a += 1
    try:
        a += 1
        raise Exception('e')
    except Exception as e:
        a += 2

    return a

settrace(glob)
work()
settrace(None)
