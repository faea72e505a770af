# conformance mode=self
from sys import settrace
def glob(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno, str(arg[1]) if event == 'exception' else '')
    if event == 'exception' and frame.f_code.co_name == 'leaf': raise TypeError('tracer')
    return glob

def leaf(n):
    raise Exception('leaf' + str(n))

def inner(n):
    return leaf(n) + 1

def mid():
    try:
        return inner(7)
    finally:
        settrace(glob)
        print('mid finally')


def top():
    try:
        mid()
    except Exception as e:
        return type(e).__name__


settrace(glob)
print(top())
settrace(None)
