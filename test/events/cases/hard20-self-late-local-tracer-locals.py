# conformance mode=self
from sys import settrace
def g():
    return 1

def f():
    a = 1
    b = 2
    a = 3
    return g() + b + a

def h():
    a = 1
    b = 2
    a = 4
    g(); raise Exception('x')

def k():
    try: h()
    except Exception: return f()

def show(frame):
    return ' '.join(n + '=' + str(frame.f_locals[n]) for n in sorted(frame.f_locals))

def local(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno, show(frame))
    return local

def glob(frame, event, arg):
    if frame.f_code.co_name == 'g': frame.f_back.f_trace = local
    return local if frame.f_code.co_name == 'k' else None

settrace(glob)
k()
settrace(None)
print('done')
