# conformance mode=self
from sys import settrace
def show(name, frame, event):
    print(name, event, frame.f_code.co_name, frame.f_lineno)

def d_tr(frame, event, arg):
    show('D', frame, event)
    return c_tr

def c_tr(frame, event, arg):
    show('C', frame, event)
    return None

def b_tr(frame, event, arg):
    show('B', frame, event)
    if event == 'line' and frame.f_lineno == 34: frame.f_trace = c_tr
    return b_tr

def a_tr(frame, event, arg):
    show('A', frame, event)
    if event == 'line' and frame.f_lineno == 33: frame.f_trace = b_tr; return None
    if event == 'line' and frame.f_code.co_name == 'helper': frame.f_back.f_trace = d_tr
    return a_tr

def glob(frame, event, arg):
    show('global', frame, event)
    return a_tr

def helper():
    return 1

def work():
    n = 1
    n += 1
    n += helper()
    n += 1
    try:
        raise Exception('x')
    except Exception as e:
        n += 1

    return n

settrace(glob)
work()
settrace(None)
