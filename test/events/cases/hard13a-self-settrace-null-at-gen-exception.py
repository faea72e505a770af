# conformance mode=self
from sys import settrace
def local(frame, event, arg):
    print('local', event, frame.f_code.co_name, frame.f_lineno)
    if event == 'exception' and frame.f_code.co_name == 'gen': settrace(None)
    return local

def glob(frame, event, arg):
    print('global', event, frame.f_code.co_name, frame.f_lineno)
    return local

def gen():
    yield 1
    raise Exception('g')

def mid():
    t = 0
    for v in gen(): t += v
    return t

def main():
    r = 0
    try:
        r = mid()
    except Exception as e:
        r = 1
        settrace(glob)
        r = 2

    return r

settrace(glob)
main()
settrace(None)
