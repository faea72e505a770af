# conformance mode=self
from sys import settrace
class Boom(Exception): pass
def L(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno, arg[0].__name__ if event == 'exception' else '', 'on' if frame.f_trace_lines else 'off')
    if event == 'line' and frame.f_lineno in (25, 36): frame.f_trace_lines = False
    if event == 'exception' and frame.f_code.co_name == 'work': frame.f_trace_lines = True
    if event == 'call' and frame.f_code.co_name == 'poke': frame.f_back.f_trace_lines = not frame.f_back.f_trace_lines
    if event == 'call' and frame.f_code.co_name == 'steps' and frame.f_lineno != 32: frame.f_trace_lines = True
    return L

def poke(x):
    return x + 1

def risky(x):
    if x == 3: raise Boom('r')
    return x

def work():
    t = 0
    for i in range(6):
        try:
            t += risky(i)
            t += poke(i)
            t += 1
        except Boom:
            t += 10


    return t

def steps():
    n = 0
    n += 1
    yield n
    n += 2
    n += 3
    yield n
    n += poke(n)
    yield n

def drive():
    s = 0
    for v in steps():
        s += v

    return s

settrace(L)
print('result', work(), drive())
settrace(None)
