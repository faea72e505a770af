# conformance mode=self
from sys import settrace
def tracer_a(frame, event, arg):
    print('A', event, frame.f_code.co_name, frame.f_lineno)
    return tracer_a

def tracer_b(frame, event, arg):
    print('B', event, frame.f_code.co_name, frame.f_lineno)
    return tracer_b

def glob(frame, event, arg):
    print('G', event, frame.f_code.co_name, frame.f_lineno)
    if frame.f_code.co_name == 'alpha': return tracer_a
    if frame.f_code.co_name == 'beta': return tracer_b
    return None

def beta(x):
    return x + 1

def gamma(z):
    return z * 2

def alpha(x):
    y = beta(x)
    return gamma(y)

settrace(glob)
alpha(1)
settrace(None)
