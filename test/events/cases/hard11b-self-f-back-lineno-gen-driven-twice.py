# conformance mode=self
from sys import settrace
class Boom(Exception): pass
def T(frame, event, arg):
    b = frame.f_back; chain = []
    while b is not None and b.f_code.co_name != '<module>': chain.append(b.f_code.co_name + ':' + str(b.f_lineno)); b = b.f_back
    print(event, frame.f_code.co_name, frame.f_lineno, arg[0].__name__ if event == 'exception' else '', '<', ' '.join(chain))
    return T if frame.f_code.co_name != 'quiet' else None

def quiet(g):
    x = next(g)
    y = next(g)
    return x + y

def source(n):
    i = 0
    while i < n:
        try:
            yield i
        finally:
            i += 1

        if i == 4: raise Boom('src')


def first(g):
    return next(g)

def rest(g):
    t = 0
    try:
        for v in g:
            t += v

    except Boom as e:
        t = -t

    return t

def main():
    g = source(6)
    a = first(g)
    b = quiet(g)
    c = rest(g)
    return a + b + c

settrace(T)
print('result', main())
settrace(None)
