# conformance mode=self
from sys import settrace, gettrace
class Boom(Exception): pass
def make(tag):
    def local(frame, event, arg):
        print(tag, event, frame.f_code.co_name, frame.f_lineno, arg[0].__name__ if event == 'exception' else '', gettrace().__name__ if gettrace() else 'none')
        if event == 'exception' and frame.f_code.co_name == 'loop': frame.f_trace_lines = False
        if event == 'line' and frame.f_code.co_name == 'loop' and frame.f_lineno == 31: settrace(G2)
        return local

    local.__name__ = 'L' + tag
    return local

def G1(frame, event, arg):
    print('G1 call', frame.f_code.co_name, frame.f_lineno)
    return make('one')

def G2(frame, event, arg):
    print('G2 call', frame.f_code.co_name, frame.f_lineno)
    if frame.f_code.co_name == 'leaf': frame.f_back.f_trace_lines = True
    return make('two')

def leaf(i):
    if i == 1: raise Boom('leaf')
    return i

def loop():
    t = 0
    for i in range(3):
        try:
            t += leaf(i)
            t += 10
        except Boom as e:
            t += 100


    return t

settrace(G1)
print('result', loop())
settrace(None)
