# conformance mode=self
from sys import settrace, gettrace
class Trip(Exception): pass
def name(t): return t.__name__ if t else 'none'
plan = {'own': 1, 'leaf': 1, 'gen': 1, 'mid': 1}
def T(frame, event, arg):
    n = frame.f_code.co_name
    print(event, n, frame.f_lineno, arg[0].__name__ if event == 'exception' else ('none' if arg is None else arg) if event == 'return' else '')
    if event == 'return' and plan.get(n) == 1: plan[n] = 0; raise Trip('ret ' + n)
    return T

def own():
    try:
        return 1
    finally:
        print('own finally', name(gettrace()))
        leaf()


def leaf():
    return 2

def mid():
    v = 0
    try:
        v = leaf()
    except Trip as e:
        print('mid caught', str(e), name(gettrace()))
        settrace(T)
        v = 20

    return v

def gen():
    try:
        yield 5
        yield 6
    except Trip as e:
        print('gen caught', str(e), name(gettrace()))
        settrace(T)
        yield 7


def main():
    r = []
    try:
        r.append(own())
    except Trip as e:
        print('main caught', str(e), name(gettrace()))
        settrace(T)

    try:
        r.append(mid())
    except Trip as e:
        print('main caught', str(e), name(gettrace()))
        settrace(T)

    for v in gen():
        r.append(v)

    return len(r) * 100 + (r[-1] if r else 0)

settrace(T)
print('result', main(), name(gettrace()))
settrace(None)
