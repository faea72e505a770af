# conformance mode=self
from sys import settrace
class Boom(Exception): pass
box = []
def chain(f):
    names = []
    while f is not None and f.f_code.co_name != '<module>':
        names.append(f.f_code.co_name); f = f.f_back

    return ','.join(names)

def fib(n):
    if n < 0: raise Boom('neg')
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def ticker(k):
    yield k
    yield fib(k)
    yield chain(None)

def T(frame, event, arg):
    if event == 'exception' and arg[0] is StopIteration: return T
    try:
        fib(-1)
    except Boom as e:
        pass

    if event == 'call' and frame.f_code.co_name == 'work' and not box: box.append(ticker(4)); next(box[0])
    print(event, frame.f_code.co_name, frame.f_lineno, fib(3), chain(frame))
    return T

def work():
    g = box[0]
    a = next(g)
    for x in g:
        a = fib(2) + a

    return a

settrace(T)
print('result', work())
settrace(None)
