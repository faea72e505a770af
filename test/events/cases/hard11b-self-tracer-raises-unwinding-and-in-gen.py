# conformance mode=self
from sys import settrace, gettrace
class Boom(Exception): pass
class Trip(Exception): pass
plan = {('return', 'deep'): 1, ('line', 'gen'): 1, ('exception', 'gen2'): 1}
def T(frame, event, arg):
    n = frame.f_code.co_name
    print(event, n, frame.f_lineno, arg[0].__name__ if event == 'exception' else ('none' if arg is None else arg) if event == 'return' else '')
    if plan.get((event, n)) == 1 and (event != 'line' or frame.f_lineno == 28): plan[(event, n)] = 0; raise Trip(event + ' ' + n)
    return T

def deep():
    try:
        raise Boom('deep')
    finally:
        print('deep finally')


def shallow():
    try:
        return deep()
    finally:
        print('shallow finally', gettrace() is None)


def gen():
    yield 1
    yield 2
    yield 3

def gen2():
    yield 10
    raise Boom('gen2')

def drain(g):
    out = []
    try:
        for v in g:
            out.append(v)

    except Exception as e:
        print('drain caught', type(e).__name__, str(e), gettrace() is None)
        settrace(T)

    out.append(next(g, -1))
    return out[-1] + len(out)

def main():
    try:
        shallow()
    except Exception as e:
        print('main caught', type(e).__name__, str(e), gettrace() is None)
        settrace(T)

    return drain(gen()) * 100 + drain(gen2())

settrace(T)
print('result', main())
settrace(None)
