# conformance mode=self
from sys import settrace, _getframe as currentFrame
gf = None
def L(frame, event, arg):
    print('L', event, frame.f_code.co_name, frame.f_lineno, ('none' if arg is None else arg) if event == 'return' else '')
    return L

def G(frame, event, arg):
    print('G', event, frame.f_code.co_name, frame.f_lineno)
    return None if frame.f_code.co_name == 'gen' else L

def gen():
    global gf; gf = currentFrame()
    k = 0
    while k < 5:
        k += 1
        yield k


def main():
    g = gen()
    t = next(g)
    gf.f_trace = L
    t += next(g)
    gf.f_trace_lines = False
    t += next(g)
    gf.f_trace = None
    gf.f_trace_lines = True
    t += next(g)
    gf.f_trace = L
    currentFrame().f_trace_lines = False
    t += next(g)
    currentFrame().f_trace_lines = True
    return t + (100 if next(g, 'done') == 'done' else 0)

settrace(G)
main()
settrace(None)
