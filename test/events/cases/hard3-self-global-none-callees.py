# conformance mode=self
from sys import settrace
class Oops(Exception): pass
def local(frame, event, arg):
    extra = arg[0].__name__ if event == 'exception' else ''
    print('local', event, frame.f_code.co_name, frame.f_lineno, extra)
    return local

def glob(frame, event, arg):
    print('global', event, frame.f_code.co_name, frame.f_lineno)
    if frame.f_code.co_name.startswith('mid'): return None
    return local

def leaf(n):
    if n > 1:
        raise Oops('leaf')

    return n

def mid_inner(n):
    return leaf(n) + leaf(n + 1)

def mid_outer(n):
    r = mid_inner(n)
    return r

def top():
    total = mid_outer(0)
    try:
        total += mid_outer(1)
    except Oops as e:
        total += 100

    return total

settrace(glob)
top()
settrace(None)
print('done')
