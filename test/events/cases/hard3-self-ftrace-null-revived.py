# conformance mode=self
from sys import settrace, _getframe as currentFrame
def second(frame, event, arg):
    print('second', event, frame.f_code.co_name, frame.f_lineno)
    return second

def local(frame, event, arg):
    print('local', event, frame.f_code.co_name, frame.f_lineno)
    if event == 'line' and frame.f_lineno == 25: frame.f_trace = None
    return None

def glob(frame, event, arg):
    print('global', event, frame.f_code.co_name, frame.f_lineno)
    return local

def revive(n):
    caller = currentFrame().f_back
    caller.f_trace = second
    return n + 1

def quiet(n):
    return n * 2

def work():
    a = 1
    a += quiet(a)
    a += 1
    a = revive(a)
    a += 2
    for i in range(2):
        a += quiet(i)

    return a

settrace(glob)
work()
settrace(None)
print('done')
