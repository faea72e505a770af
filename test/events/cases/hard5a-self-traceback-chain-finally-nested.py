# conformance mode=self
from sys import settrace
def chain(tb):
    out = []
    t = tb
    while t is not None: out.append(t.tb_frame.f_code.co_name + '@' + str(t.tb_lineno)); t = t.tb_next
    return ' '.join(out)

def glob(frame, event, arg):
    if event == 'exception': print('exc', frame.f_code.co_name, frame.f_lineno, str(arg[1]), chain(arg[2]))
    return glob

def leaf(n):
    if n > 0: raise Exception('leaf' + str(n))
    return 0

def cleanup():
    try:
        leaf(2)
    except Exception as e:
        return 1


def mid(n):
    try:
        return leaf(n)
    finally:
        cleanup()


def top():
    r = ''
    try:
        mid(1)
    except Exception as e:
        r = str(e)

    return r

settrace(glob)
print('result', top())
settrace(None)
