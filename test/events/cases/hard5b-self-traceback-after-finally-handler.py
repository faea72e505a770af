# conformance mode=self
from sys import settrace
class Deep(Exception): pass
class Noise(Exception): pass
def chain(tb):
    parts = []
    t = tb
    while t is not None: parts.append(t.tb_frame.f_code.co_name + ':' + str(t.tb_lineno)); t = t.tb_next
    return ' > '.join(parts)
def glob(frame, event, arg):
    if event == 'exception': print('exception', frame.f_code.co_name, arg[0].__name__, chain(arg[2]))
    return glob

def leaf():
    raise Deep('d')

def helper():
    try:
        raise Noise('n')
    except Noise as e:
        return 1


def mid():
    try:
        leaf()
    finally:
        helper()


def top():
    try:
        mid()
    except Deep as e:
        return 2


settrace(glob)
top()
settrace(None)
