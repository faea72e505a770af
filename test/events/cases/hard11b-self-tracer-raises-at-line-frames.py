# conformance mode=self
from sys import settrace, gettrace
class Trip(Exception): pass
def name(t): return t.__name__ if t else 'none'
plan = {22: 1, 31: 1, 45: 1}
def T(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno, arg[0].__name__ if event == 'exception' else '', name(frame.f_trace))
    if event == 'line' and plan.get(frame.f_lineno) == 1: plan[frame.f_lineno] = 0; raise Trip('at ' + str(frame.f_lineno))
    return T

def helper(x):
    return x + 1

def fin(tag):
    print('fin', tag, name(gettrace()))
    return 0

def a():
    t = 0
    try:
        t = helper(1)
        t = helper(t)
    except Trip as e:
        print('a caught', str(e), name(gettrace()))
        settrace(T)
        t += helper(5)

    return t

def b():
    x = 1
    return x

def c():
    try:
        return b()
    finally:
        fin('c')


def d():
    r = 0
    try:
        r = c()
        r += helper(r)
    except Trip as e:
        print('d caught', str(e), name(gettrace()))
        settrace(T)
        r = helper(-1)

    r += helper(r)
    return r

def main():
    p = a()
    q = d()
    return p * 10 + q

settrace(T)
print('result', main(), name(gettrace()))
settrace(None)
