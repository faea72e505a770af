# conformance mode=self
from sys import settrace, gettrace
class Boom(Exception): pass
def show(tag, frame, event, arg):
    print(tag, event, frame.f_code.co_name, frame.f_lineno, arg[0].__name__ if event == 'exception' else ('none' if arg is None else arg) if event == 'return' else '')

def L(frame, event, arg):
    if event == 'exception' and arg[0].__name__ == 'StopIteration': return L
    show('L', frame, event, arg)
    if event == 'exception' and frame.f_code.co_name == 'inner': settrace(None); frame.f_back.f_trace_lines = False
    return L

def G(frame, event, arg):
    show('G', frame, event, arg)
    return L

def inner():
    yield 1
    raise Boom('x')

def outer():
    try:
        yield from inner()
    finally:
        settrace(G)
        print('outer finally')
        yield 2
        print('after 2')


def main():
    g = outer(); got = []
    try:
        got.append(next(g)); got.append(next(g)); got.append(next(g))
    except Boom:
        got.append(9)

    return ','.join(map(str, got))

settrace(G)
print('result', main())
settrace(None)
