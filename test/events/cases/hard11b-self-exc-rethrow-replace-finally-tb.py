# conformance mode=self
from sys import settrace
class Boom(Exception): pass
class Other(Exception): pass
def T(frame, event, arg):
    extra = ''
    if event == 'exception':
        tb = arg[2]; parts = []
        while tb is not None: parts.append(tb.tb_frame.f_code.co_name + ':' + str(tb.tb_lineno)); tb = tb.tb_next
        extra = arg[0].__name__ + ' ' + str(arg[1]) + ' tb ' + ' '.join(parts)

    print(event, frame.f_code.co_name, frame.f_lineno, extra)
    return T

def log(msg):
    print('log', msg)
    return len(msg)

def leaf(n):
    if n % 2: raise Boom('odd ' + str(n))
    raise Other('even ' + str(n))

def inner(n):
    try:
        leaf(n)
    except Exception as e:
        log('inner rethrow ' + type(e).__name__)
        raise e
    finally:
        log('inner finally')


def middle(n):
    try:
        inner(n)
    finally:
        if n > 2: raise Other('replaced ' + str(n))
        log('middle finally')


def outer(n):
    try:
        middle(n)
    except Exception as e:
        log('outer got ' + type(e).__name__ + ' ' + str(e))
        return -n

    return n

def main():
    return outer(1) + outer(2) + outer(3)

settrace(T)
print('result', main())
settrace(None)
