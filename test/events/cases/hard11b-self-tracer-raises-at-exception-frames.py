# conformance mode=self
from sys import settrace, gettrace
class Boom(Exception): pass
class Trip(Exception): pass
def name(t): return t.__name__ if t else 'none'
plan = {('c', 2): 1, ('b', 3): 1, ('d', 4): 1}
def T(frame, event, arg):
    n = frame.f_code.co_name; k = frame.f_locals.get('k', 0); bk = frame.f_back
    print(event, n, frame.f_lineno, arg[0].__name__ if event == 'exception' else '', name(bk.f_trace) if bk and bk.f_code.co_name != '<module>' else '-')
    if event == 'exception' and plan.get((n, k)) == 1: plan[(n, k)] = 0; raise Trip('in ' + n)
    return T

def note(tag):
    print('note', tag, name(gettrace()))
    return tag

def d(k):
    if k > 0: raise Boom('d')
    return k

def c(k):
    try:
        return d(k)
    finally:
        note('c')


def b(k):
    try:
        return c(k) + 1
    except Exception as e:
        note('b caught ' + type(e).__name__ + ' ' + str(e))
        settrace(T)
        return -1


def a(k):
    try:
        return b(k)
    finally:
        note('a finally')


def main():
    r = [a(0), a(1), a(2), a(3), a(4)]
    return ' '.join(map(str, r))

settrace(T)
print('result', main())
settrace(None)
