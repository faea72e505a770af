# conformance mode=self
from sys import settrace
def local(frame, event, arg):
    print('L', event, frame.f_code.co_name, frame.f_lineno)
    if event == 'return' and frame.f_code.co_name == 'stop': settrace(None)
    return local

def glob(frame, event, arg):
    print('G', event, frame.f_code.co_name, frame.f_lineno)
    if frame.f_code.co_name == 'off': settrace(None)
    return local

def stop():
    return 5

def off():
    v = 1
    settrace(glob)
    v += stop()
    return v

def work():
    a = stop()
    a += 1
    settrace(glob)
    a += off()
    a += 2
    settrace(glob)
    return a

settrace(glob)
work()
settrace(None)
