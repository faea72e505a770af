# conformance mode=self
from sys import settrace, gettrace
class Boom(Exception): pass
def helper(n):
    if n % 3 == 0: raise Boom('h')
    return n * 2

def countdown(n):
    while n > 0:
        yield n
        n -= 1


def T(frame, event, arg):
    try:
        h = helper(frame.f_lineno)
    except Boom as e:
        h = -1

    s = sum(countdown(2))
    print(event, frame.f_code.co_name, frame.f_lineno, h, s, gettrace() is T)
    return T

def work(x):
    y = helper(x)
    for c in countdown(2):
        y += c

    try:
        y += helper(3)
    except Boom as e:
        y -= 1

    return y

settrace(T)
print('result', work(5))
settrace(None)
