# conformance mode=self
from sys import settrace
def local(frame, event, arg):
    print('local', event, frame.f_code.co_name, frame.f_lineno)
    return local

def glob(frame, event, arg):
    print('global', event, frame.f_code.co_name, frame.f_lineno)
    if frame.f_code.co_name == 'gen' and frame.f_lineno == frame.f_code.co_firstlineno: return local
    return None

def gen():
    yield 1
    yield 2

def main():
    total = 0
    for v in gen():
        total += v

    return total

settrace(glob)
main()
settrace(None)
