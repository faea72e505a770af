# conformance mode=self
from sys import settrace, _getframe as currentFrame
gf = None
back = lambda f: 'none' if f.f_back is None else f.f_back.f_code.co_name
def G(frame, event, arg):
    if frame.f_code.co_name == 'gen': print('G', event, frame.f_lineno, back(frame))
    return None

def gen():
    global gf; gf = currentFrame()
    print('running', back(gf))
    yield 1
    print('running', back(gf))
    yield 2

def other(g):
    return next(g)

def main():
    g = gen()
    t = next(g)
    print('suspended', back(gf))
    t += other(g)
    print('suspended', back(gf))
    t += 10 if next(g, 'done') == 'done' else 0
    t += 0
    return t

settrace(G)
main()
settrace(None)
