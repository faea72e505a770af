# conformance mode=self
from sys import settrace
def local(frame, event, arg):
    print('L', event, frame.f_code.co_name, frame.f_lineno, 'true' if frame.f_trace_lines else 'false')
    if event == 'return' and frame.f_code.co_name == 'loud': frame.f_back.f_trace_lines = True
    return local

def glob(frame, event, arg):
    print('G', event, frame.f_code.co_name, frame.f_lineno)
    if frame.f_code.co_name == 'quiet': frame.f_back.f_trace_lines = False
    return local

def quiet():
    return 1

def loud():
    return 2

def work():
    a = 0
    a += quiet()
    for i in range(2):
        try:
            if i == 1: raise Exception('x')
        except Exception as e:
            a += 10


    a += loud()
    a += 100
    return a

settrace(glob)
work()
settrace(None)
