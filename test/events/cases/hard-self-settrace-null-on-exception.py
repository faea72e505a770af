# conformance mode=self
from sys import settrace
def local(frame, event, arg):
    print('local', event, frame.f_code.co_name, frame.f_lineno)
    if event == 'exception' and frame.f_code.co_name == 'leaf': settrace(None)
    return local

def glob(frame, event, arg):
    print('global', event, frame.f_code.co_name, frame.f_lineno)
    return local

def leaf():
    raise TypeError('x')

def mid():
    try:
        leaf()
    finally:
        n = 1


def work():
    a = 1
    try:
        mid()
    except TypeError as e:
        a = 2
        settrace(glob)
        a = 3

    a += len('ab')
    return a

settrace(glob)
work()
settrace(None)
