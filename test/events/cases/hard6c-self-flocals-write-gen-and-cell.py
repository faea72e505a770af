# conformance mode=self
from sys import settrace
def T(frame, event, arg):
    name = frame.f_code.co_name
    if event == 'line' and name == 'counter' and frame.f_lineno == 15 and frame.f_locals['i'] == 2:
        frame.f_locals['i'] = 5
        print('skip to 5')

    if event == 'line' and name == 'fold' and frame.f_lineno == 25: frame.f_locals['acc'] = frame.f_locals['acc'] * 100
    return T

def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1


def fold(items):
    acc = 0
    def add(v):
        nonlocal acc; acc += v
        return acc

    for v in items:
        if v == 6: raise Exception('six ' + str(add(v)))
        add(v)

    return acc

def main():
    got = []
    for v in counter(7):
        got.append(v)

    try:
        return fold(got)
    except Exception as e:
        return str(e)


settrace(T)
print('result', main())
settrace(None)
