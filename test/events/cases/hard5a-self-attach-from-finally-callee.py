# conformance mode=self
from sys import settrace
def T(frame, event, arg):
    print('T', event, frame.f_code.co_name, frame.f_lineno, str(arg[1]) if event == 'exception' else '')
    return T

def G(frame, event, arg):
    print('G', event, frame.f_code.co_name, frame.f_lineno)
    if frame.f_code.co_name == 'attach': frame.f_back.f_trace = T
    return None

def leaf():
    raise Exception('boom')

def attach():
    return 0

def mid():
    x = 0
    try:
        leaf()
    finally:
        attach()
        x = 1

    return x

def top():
    try:
        mid()
    except Exception as e:
        attach()
        return str(e)


settrace(G)
print(top())
settrace(None)
