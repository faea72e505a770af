# conformance mode=self
from sys import settrace, gettrace
class Trip(Exception): pass
state = {'armed': 0}
def T(frame, event, arg):
    n = frame.f_code.co_name
    if event == 'exception' and arg[0].__name__ == 'StopIteration': return T
    print(event, n, frame.f_lineno, arg[0].__name__ if event == 'exception' else ('none' if arg is None else arg) if event == 'return' else '')
    if event == 'call' and n == 'outer' and frame.f_lineno == 23 and state['armed']: state['armed'] = 0; raise Trip('resume')
    return T

inners = []
def inner():
    try:
        yield 1
        yield 2
    finally:
        print('inner finally')


def outer():
    try:
        it = inner(); inners.append(it); yield from it
    except Trip as e:
        print('outer caught', str(e), gettrace() is None)
        settrace(T)
        yield 9


def main():
    g = outer()
    a = next(g)
    state['armed'] = 1
    b = next(g)
    c = next(g, None)
    d = next(inners[0], 'done')
    return str(a) + str(b) + str(c) + str(d)

settrace(T)
print('result', main())
settrace(None)
