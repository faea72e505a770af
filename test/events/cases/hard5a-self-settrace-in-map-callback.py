# conformance mode=self
from sys import settrace
def glob(frame, event, arg):
    print('G', event, frame.f_code.co_name, frame.f_lineno)
    return None if frame.f_code.co_name == 'helper' else glob

def helper(x):
    return x + 1

def gen():
    yield 1
    yield 2

def cb(x):
    if x == 1:
        settrace(glob)

    return helper(x)

def run():
    g = gen()
    ys = list(map(cb, [1, 2, 3]))
    t = ys[0]
    t += helper(t)
    for v in g:
        t += v

    return t

run()
settrace(None)
