# conformance mode=self
from sys import settrace, gettrace
class Boom(Exception): pass
class Trip(Exception): pass
def T(frame, event, arg):
    if not (event == 'exception' and arg[0] is StopIteration): print(event, frame.f_code.co_name, frame.f_lineno, arg[0].__name__ if event == 'exception' else '')
    if event == 'exception' and arg[0] is Boom and frame.f_code.co_name == 'gen': raise Trip('t')
    return T

def note(x):
    return x

def gen():
    try:
        yield 1
        yield 2
    finally:
        print('finally', 'off' if gettrace() is None else 'on')
        settrace(T)
        note(3)


def main():
    g = gen()
    next(g)
    try:
        g.throw(Boom('b'))
    except Exception as e:
        print('main caught', type(e).__name__)

    r = note(4)
    for v in g:
        r += v

    return r

settrace(T)
print('result', main())
settrace(None)
