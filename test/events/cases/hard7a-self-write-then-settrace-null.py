# conformance mode=self
from sys import settrace
def T(frame, event, arg):
    name = frame.f_code.co_name
    L = frame.f_locals
    print(event, name, frame.f_lineno, L['x'] if event == 'line' and 'x' in L else ('undefined' if event == 'line' else ''))
    if event == 'line' and name == 'body' and L.get('x') == 2:
        L['x'] = 20
        settrace(None)
        return None

    if event == 'line' and name == 'body' and L.get('x') == 23: L['x'] = 40
    return T

def rearm():
    settrace(T)
    return 1

def body():
    x = 0
    while x < 30:
        x += 1
        if x == 22: x += rearm()

    return x

settrace(T)
print('result', body())
settrace(None)
