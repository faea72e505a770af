# conformance mode=self
from sys import settrace
class Boom(Exception): pass
def chain(f):
    out = []
    while f is not None and f.f_code.co_name != '<module>':
        out.append('%s@%d:%s' % (f.f_code.co_name, f.f_lineno, 'T' if f.f_trace else '-')); f = f.f_back

    return ' '.join(out)

def T(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno, arg[0].__name__ if event == 'exception' else '', chain(frame.f_back))
    return T

def G(frame, event, arg):
    return None if frame.f_code.co_name.startswith('mid') else T

def leaf(n):
    if n == 0: raise Boom('z')
    return mid_a(n - 1)

def mid_a(n):
    try:
        return mid_b(n)
    finally:
        leaf(5) if n == 9 else None


def mid_b(n):
    return leaf(n)

def top():
    try:
        return leaf(2)
    except Boom as e:
        return leaf(1) if False else -1


settrace(G)
print('result', top())
settrace(None)
