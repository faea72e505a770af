# conformance mode=self
from sys import settrace
def local(frame, event, arg):
    print('local', event, frame.f_code.co_name, frame.f_lineno)
    if event == 'exception': return None
    return local

def glob(frame, event, arg):
    print('global', event, frame.f_code.co_name, frame.f_lineno)
    return local

def inner():
    yield 1
    raise Exception('g')

def outer():
    yield from inner()

def main():
    try:
        for v in outer(): print('got', v)
    except Exception as e:
        print('caught')


settrace(glob)
main()
settrace(None)
