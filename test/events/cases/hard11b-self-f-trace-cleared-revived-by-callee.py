# conformance mode=self
from sys import settrace
def name(t): return t.__name__ if t else 'none'
def A(frame, event, arg):
    print('A', event, frame.f_code.co_name, frame.f_lineno, name(frame.f_trace))
    if event == 'line' and frame.f_lineno == 31: frame.f_trace = None
    return None

def B(frame, event, arg):
    print('B', event, frame.f_code.co_name, frame.f_lineno, name(frame.f_trace))
    if event == 'line' and frame.f_code.co_name == 'poke': frame.f_back.f_trace = A
    return B if event != 'return' else A

def G1(frame, event, arg):
    print('G1', frame.f_code.co_name, frame.f_lineno, name(frame.f_trace))
    if frame.f_code.co_name == 'poke': settrace(G2); frame.f_trace = B; return None
    frame.f_trace = B
    return A

def G2(frame, event, arg):
    print('G2', frame.f_code.co_name, frame.f_lineno, name(frame.f_trace))
    frame.f_trace = A
    return None

def poke(n):
    return n + 1

def work():
    n = 0
    n += 1
    n += 2
    n += poke(n)
    n += 3
    n += poke(n)
    n += 4
    return n

settrace(G1)
print('result', work())
settrace(None)
