# conformance mode=self
from sys import settrace
def T(frame, event, arg):
    if frame.f_code.co_name == 'f' and event == 'return': print(event, frame.f_lineno, ','.join(sorted(frame.f_locals)))
    return T

def f(v):
    i = 0
    try:
        if v > 0: raise Exception('x')
        i = 5
    except Exception as e:
        i += 1


settrace(T)
f(1); f(0)
settrace(None)
