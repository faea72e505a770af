# conformance mode=self
from sys import settrace
def P(frame, event, arg):
    print('P', event, frame.f_code.co_name, frame.f_lineno, frame.f_trace_lines)
    return P

def G(frame, event, arg):
    name = frame.f_code.co_name
    print('G', name, frame.f_lineno)
    if name == 'leaf' and frame.f_back.f_trace is None: frame.f_back.f_trace = P; frame.f_back.f_trace_lines = False
    if name == 'flip': frame.f_back.f_trace_lines = True
    return None

def leaf(x):
    return x + 1

def flip():
    return 0

def work():
    a = leaf(1)
    a += 1
    a += leaf(a)
    a += flip()
    a += 2
    a += leaf(a)
    return a

def top():
    r = work()
    r += 1
    return r

settrace(G)
print('result', top())
settrace(None)
