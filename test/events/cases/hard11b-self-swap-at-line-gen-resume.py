# conformance mode=self
from sys import settrace
class Boom(Exception): pass
def fmt(event, arg):
    return arg[0].__name__ if event == 'exception' else ('none' if arg is None else str(arg)) if event == 'return' else ''

def odd(frame, event, arg):
    print('odd', event, frame.f_code.co_name, frame.f_lineno, fmt(event, arg))
    return even if event == 'line' and frame.f_lineno % 2 == 1 else None

def even(frame, event, arg):
    print('even', event, frame.f_code.co_name, frame.f_lineno, fmt(event, arg))
    if event == 'line' and frame.f_lineno % 3 == 0: return odd
    return odd if event in ('return', 'exception') else None

seen = set()
def glob(frame, event, arg):
    print('glob', event, frame.f_code.co_name, frame.f_lineno, 'seen' if frame in seen else 'new')
    if frame in seen: return None
    seen.add(frame); return odd

def gen(n):
    i = 0
    while i < n:
        yield i * 10
        i += 1


def work(n):
    t = 0
    for v in gen(n):
        t += v
        if v == 10: t += 1

    try:
        raise Boom('w')
    except Boom:
        t += 100

    return t

settrace(glob)
print('result', work(3))
settrace(None)
