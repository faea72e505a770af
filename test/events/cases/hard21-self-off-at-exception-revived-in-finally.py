# conformance mode=self
from sys import settrace, gettrace
class Boom(Exception): pass
def show(tag, frame, event, arg):
    print(tag, event, frame.f_code.co_name, frame.f_lineno, arg[0].__name__ if event == 'exception' else ('none' if arg is None else arg) if event == 'return' else '')

def L(frame, event, arg):
    show('L', frame, event, arg)
    if event == 'exception' and frame.f_code.co_name == 'leaf': settrace(None)
    return L

def G(frame, event, arg):
    show('G', frame, event, arg)
    return L if frame.f_code.co_name != 'helper' else None

def helper(x):
    return x * 2

def leaf(n):
    helper(n)
    raise Boom('b')

def inner(n):
    try:
        leaf(n)
    finally:
        helper(n)


def mid(n):
    try:
        inner(n)
    finally:
        settrace(G)
        helper(n)
        print('mid finally', n)


def top():
    try:
        mid(3)
    except Boom as e:
        return helper(1)


settrace(G)
print('result', top())
settrace(None)
