# conformance mode=self
from sys import settrace, gettrace
class Boom(Exception): pass
def L(frame, event, arg):
    print('L', event, frame.f_code.co_name, frame.f_lineno, arg[0].__name__ if event == 'exception' else '')
    if event == 'exception' and frame.f_code.co_name == 'deep': settrace(None)
    return M if event == 'exception' else L

def M(frame, event, arg):
    print('M', event, frame.f_code.co_name, frame.f_lineno, arg[0].__name__ if event == 'exception' else '')
    return None

def G(frame, event, arg):
    print('G', frame.f_code.co_name, frame.f_lineno)
    return L

def deep(n):
    if n == 0: raise Boom('b')
    return deep(n - 1)

def mid():
    try:
        return deep(2)
    finally:
        print('mid finally', 'off' if gettrace() is None else 'on')


def top():
    try:
        mid()
    except Boom as e:
        settrace(G)
        print('handler')

    return deep(1) if False else 5

def outer():
    v = top()
    try:
        v += deep(0)
    except Boom as e:
        v += 1

    return v

settrace(G)
print('result', outer())
settrace(None)
