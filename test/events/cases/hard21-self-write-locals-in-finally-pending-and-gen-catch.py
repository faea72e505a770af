# conformance mode=self
from sys import settrace
class Boom(Exception): pass
def T(frame, event, arg):
    n = frame.f_code.co_name; L = frame.f_locals
    if event == 'line' and n == 'calc' and frame.f_lineno == 17: L['x'] = L['x'] * 100
    if event == 'line' and n == 'gen' and frame.f_lineno == 25: L['acc'] = L['acc'] + 1000
    if event == 'exception' and n == 'gen': L['acc'] = -L['acc']
    if event in ('line', 'exception'): print(event, n, frame.f_lineno, L.get('x', L.get('acc', 'none')))
    return T

def calc(x):
    try:
        x += 1
        raise Boom('b')
    finally:
        x += 2
        return x


def gen():
    acc = 1
    while acc < 1005:
        try:
            v = yield acc; acc += v if v is not None else 1
        except Boom:
            acc += 3


    return acc

def main():
    g = gen(); a = next(g)
    b = g.throw(Boom('x'))
    c = g.send(5)
    d = next(g, None)
    return calc(1) + a + b + c

settrace(T)
print('result', main())
settrace(None)
