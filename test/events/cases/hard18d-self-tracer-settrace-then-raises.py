# conformance mode=self
from sys import settrace, gettrace
def nm(t): return 'none' if t is None else t.__name__
def G2(frame, event, arg):
    print('G2', event, frame.f_code.co_name, frame.f_lineno)
    return G2

def G(frame, event, arg):
    print('G', event, frame.f_code.co_name, frame.f_lineno, nm(gettrace()))
    if event == 'line' and frame.f_lineno == 15 and frame.f_locals['n'] == 1: settrace(G2); raise ValueError('after swap')
    if event == 'line' and frame.f_lineno == 25: settrace(G2); return None
    return G

def work(n):
    a = n + 1
    a += 1
    return a

def main():
    r = 0
    try:
        r = work(1)
    except Exception as e:
        print('caught', 'RangeError', nm(gettrace()))
        settrace(G)

    r += work(5)
    r += work(7)
    return r

settrace(G)
print('result', main(), nm(gettrace()))
settrace(None)
