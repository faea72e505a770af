# conformance mode=record
class E1(Exception): pass
class E2(Exception): pass
class E3(Exception): pass
def leaf():
    raise E1('leaf')

def fmt(x):
    raise E2('fmt')

def wrap(kind):
    raise E3(kind)

def report(err):
    try:
        return fmt(err)
    except E2 as inner:
        wrap('report')
    finally:
        fmt.count = 1


def mid():
    try:
        leaf()
    except E1 as e:
        report(e)

    return 'unreached'

def top():
    r = 'start'
    try:
        r = mid()
    except Exception as e:
        r = 'E3' if isinstance(e, E3) else 'other'
    finally:
        r += '!'

    return r

top()
