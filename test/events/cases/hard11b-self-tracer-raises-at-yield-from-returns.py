# conformance mode=self
from sys import settrace, gettrace
class Trip(Exception): pass
plan = {('inner', 1): 1, ('outer', 2): 1}
def T(frame, event, arg):
    n = frame.f_code.co_name
    if event == 'exception' and arg[0].__name__ == 'StopIteration': return T
    print(event, n, frame.f_lineno, arg[0].__name__ if event == 'exception' else ('none' if arg is None else arg) if event == 'return' else '')
    if event == 'return' and plan.get((n, arg)) == 1: plan[(n, arg)] = 0; raise Trip('ret ' + n + ' ' + str(arg))
    return T

def inner(base):
    try:
        yield base + 1
        yield base + 2
    except Trip as e:
        print('inner caught', str(e), gettrace() is None)
        settrace(T)
        yield base + 3


def outer():
    try:
        yield from inner(0)
    except Trip as e:
        print('outer caught', str(e), gettrace() is None)
        settrace(T)

    try:
        yield from inner(1)
    except Trip as e:
        print('outer caught', str(e), gettrace() is None)
        settrace(T)
        yield 7


def main():
    got = []
    for v in outer():
        got.append(v)

    return len(got) * 100 + got[-1]

settrace(T)
print('result', main())
settrace(None)
