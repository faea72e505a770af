# conformance mode=self
from sys import settrace
def T(frame, event, arg):
    name = frame.f_code.co_name
    if event == 'exception':
        L = frame.f_locals
        if name == 'middle': L['state'] = 'patched-' + L['state']
        if name == 'outer': L['tries'] = L['tries'] + 100
        print('exc', name, frame.f_lineno, str(arg[1]))
    return T


def inner(v):
    raise Exception('bad ' + str(v))

def middle(v):
    state = 'open'
    try:
        state = 'running'
        inner(v)
    finally:
        print('finally sees', state)

    return state

def outer():
    tries = 1
    try:
        middle(tries)
    except Exception as e:
        print('handler sees', tries)
        tries += 1

    return tries

settrace(T)
print('result', outer())
settrace(None)
