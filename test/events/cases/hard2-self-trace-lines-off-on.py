# conformance mode=self
from sys import settrace
def local(frame, event, arg):
    print('local', event, frame.f_code.co_name, frame.f_lineno)
    if event == 'line' and frame.f_lineno == 19: frame.f_trace_lines = False
    if event == 'line' and frame.f_code.co_name == 'poke': frame.f_back.f_trace_lines = True
    return local

def glob(frame, event, arg):
    print('global', event, frame.f_code.co_name, frame.f_lineno)
    return local

def poke(i):
    return i

def work():
    n = 0
    for i in [1, 2, 3]:
        n += i
        if i == 2:
            n += poke(i)


    return n

settrace(glob)
work()
settrace(None)
