# conformance mode=self
from sys import settrace
def loc1(frame, event, arg):
    print('L1', event, frame.f_code.co_name, frame.f_lineno)
    return loc1

def loc2(frame, event, arg):
    print('L2', event, frame.f_code.co_name, frame.f_lineno)
    return loc2

def g1(frame, event, arg):
    print('G1', event, frame.f_code.co_name, frame.f_lineno)
    return loc1

def g2(frame, event, arg):
    print('G2', event, frame.f_code.co_name, frame.f_lineno)
    return loc2

def leaf(x):
    return x + 1

def work():
    a = leaf(1)
    settrace(g2)
    a += leaf(a)
    return a

settrace(g1)
work()
settrace(None)
