# conformance mode=self
from sys import settrace, _getframe as currentFrame
def mk(tag):
    def t(frame, event, arg):
        print(tag, event, frame.f_code.co_name, frame.f_lineno, arg if event == 'return' else '')
        return None
    return t

NEW = mk('new')
def glob(frame, event, arg):
    print('G', event, frame.f_code.co_name, frame.f_lineno)
    return mk('d' + str(frame.f_locals['n'])) if frame.f_code.co_name == 'down' else None

def retrace(f):
    while f is not None: f.f_trace = NEW if f.f_code.co_name == 'down' else None; f = f.f_back

def down(n):
    if n == 0:
        retrace(currentFrame())
        return 0

    r = down(n - 1) + 1
    return r

def start():
    return down(2)

settrace(glob)
start()
settrace(None)
