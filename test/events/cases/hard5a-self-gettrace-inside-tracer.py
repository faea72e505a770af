# conformance mode=self
from sys import settrace, gettrace
nm = lambda t: 'none' if t is None else t.__name__
def L(frame, event, arg):
    print('L', event, frame.f_code.co_name, frame.f_lineno, nm(gettrace()), nm(frame.f_trace))
    if event == 'line' and frame.f_lineno == 29: settrace(G2)
    if event == 'exception':
        settrace(None)
        print('mid-tracer', nm(gettrace()))
        settrace(G1)

    return L

def G1(frame, event, arg):
    print('G1', event, frame.f_code.co_name, frame.f_lineno, nm(gettrace()), nm(frame.f_trace))
    return L

def G2(frame, event, arg):
    print('G2', event, frame.f_code.co_name, frame.f_lineno, nm(gettrace()), nm(frame.f_trace))
    return None if frame.f_code.co_name == 'leaf' else L

def leaf(x):
    if x > 1: raise Exception('big')
    return x

def work():
    a = leaf(1)
    try:
        a += leaf(2)
    except Exception as e:
        a += leaf(0)

    return a

settrace(G1)
work()
after = gettrace()
settrace(None); print('after', after.__name__)
