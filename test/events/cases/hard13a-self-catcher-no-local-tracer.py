# conformance mode=self
from sys import settrace
def local(frame, event, arg):
    print('local', event, frame.f_code.co_name, frame.f_lineno)
    return local

def glob(frame, event, arg):
    print('global', event, frame.f_code.co_name, frame.f_lineno)
    if frame.f_code.co_name == 'main': return None
    return local

def gen():
    yield 1
    raise Exception('g')

def mid():
    t = 0
    for v in gen(): t += v
    return t

def main():
    try:
        mid()
    except Exception as e:
        return -1


settrace(glob)
main()
settrace(None)
