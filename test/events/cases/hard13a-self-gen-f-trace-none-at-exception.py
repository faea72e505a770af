# conformance mode=self
from sys import settrace
def local(frame, event, arg):
    print('local', event, frame.f_code.co_name, frame.f_lineno)
    if event == 'exception' and frame.f_code.co_name == 'gen': frame.f_trace = None
    return None if frame.f_trace is None else local

def glob(frame, event, arg):
    print('global', event, frame.f_code.co_name, frame.f_lineno)
    return local

def gen():
    yield 1
    raise Exception('g')

def main():
    g = gen()
    next(g)
    try:
        next(g)
    except Exception as e:
        return 'c'


settrace(glob)
main()
settrace(None)
