# conformance mode=self
from sys import settrace
def second(frame, event, arg):
    print('second', event, frame.f_code.co_name, frame.f_lineno)
    return None

def first(frame, event, arg):
    print('first', event, frame.f_code.co_name, frame.f_lineno)
    return second

def glob(frame, event, arg):
    print('global', event, frame.f_code.co_name, frame.f_lineno)
    return first

def work():
    a = 1
    b = a + 1
    c = b + 1
    return c

settrace(glob)
work()
settrace(None)
