# conformance mode=self
from sys import settrace, gettrace
class Boom(Exception): pass
class Trip(Exception): pass
def name(t): return t.__name__ if t else 'none'
plan = {23: 1, 26: 1, 39: 1}
def T(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno, arg[0].__name__ if event == 'exception' else '')
    if event == 'line' and plan.get(frame.f_lineno) == 1: plan[frame.f_lineno] = 0; raise Trip('at ' + str(frame.f_lineno))
    return T

def note(tag):
    print('note', tag, name(gettrace()))
    return 0

def risky(n):
    raise Boom('r' + str(n))

def step(n):
    try:
        try:
            risky(n)
        except Boom as e:
            note('inner caught ' + str(e))
        finally:
            note('inner finally')

        note('after inner')
    except Exception as e:
        note('outer caught ' + type(e).__name__ + ' ' + str(e))
        settrace(T)

    return n

def fin(n):
    try:
        risky(n)
    finally:
        note('fin finally')


def main():
    r = step(1) + step(2) + step(3)
    for k in (4, 5):
        try:
            fin(k)
        except Exception as e:
            note('main caught ' + type(e).__name__ + ' ' + str(e))
            settrace(T)


    return r

settrace(T)
print('result', main())
settrace(None)
