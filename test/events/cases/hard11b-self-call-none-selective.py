# conformance mode=self
from sys import settrace
class Boom(Exception): pass
def T(frame, event, arg):
    b = frame.f_back; bn = b.f_code.co_name if b else 'none'; bl = b.f_lineno if b and bn != '<module>' else 0
    print(event, frame.f_code.co_name, frame.f_lineno, arg[0].__name__ if event == 'exception' else '', 'back', 'none' if bn == '<module>' else bn, bl)
    return T

calls = {}
def G(frame, event, arg):
    name = frame.f_code.co_name; calls[name] = calls.get(name, 0) + 1
    print('G', name, frame.f_lineno, calls[name])
    if name == 'mid' or (name == 'gen' and calls[name] == 1): return None
    return T

def leaf(n):
    if n > 1: raise Boom('leaf')
    return n

def mid(n):
    x = leaf(n)
    y = leaf(n + 1)
    return x + y

def gen():
    yield mid(0)
    yield mid(1)
    yield mid(2)

def top():
    t = 0
    try:
        for v in gen():
            t += v

    except Boom as e:
        t += 100

    return t

settrace(G)
print('result', top())
settrace(None)
