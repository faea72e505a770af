# conformance mode=self
from sys import settrace
def outer():
    x = 1
    def f(p):
        y = 2
        return x + y + p

    r = f(100)
    return [r, x]

def tr(frame, event, arg):
    if frame.f_code.co_name == 'f' and event == 'call': l = frame.f_locals; l['x'] = 10; l['p'] = 200
    if frame.f_code.co_name == 'f' and event == 'line': print('line', frame.f_lineno, frame.f_locals['x'], frame.f_locals['p'], 'true' if frame.f_trace is tr else 'false')
    return tr

settrace(tr)
print(' '.join(map(str, outer())))
settrace(None)
print('done')
