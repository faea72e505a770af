# conformance mode=self
from sys import settrace
def local(frame, event, arg):
    print('local', event, frame.f_code.co_name, frame.f_lineno)
    if event == 'line' and frame.f_lineno == 16: settrace(None)
    return local

def glob(frame, event, arg):
    print('global', event, frame.f_code.co_name, frame.f_lineno)
    if frame.f_code.co_name == 'main': return None
    return local

def gen():
    x = 1
    yield x
    x += 1
    yield x
    x += 1
    yield x

def main():
    g = gen()
    a = next(g)
    b = next(g)
    settrace(glob)
    c = next(g)
    settrace(None)
    print('values', a, b, c)

settrace(glob)
main()
