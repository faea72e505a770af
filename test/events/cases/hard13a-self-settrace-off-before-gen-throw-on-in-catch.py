# conformance mode=self
from sys import settrace
def local(frame, event, arg):
    print('local', event, frame.f_code.co_name, frame.f_lineno)
    if event == 'line' and frame.f_lineno == 16: settrace(None)
    return local

def glob(frame, event, arg):
    print('global', event, frame.f_code.co_name, frame.f_lineno)
    return local

def helper():
    return 1

def gen():
    yield 1
    raise Exception('g')

def main():
    t = 0
    try:
        for v in gen(): t += v
    except Exception as e:
        settrace(glob)
        t = helper()

    return t

settrace(glob)
main()
settrace(None)
