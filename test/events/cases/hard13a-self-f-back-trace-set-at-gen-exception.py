# conformance mode=self
from sys import settrace
def other(frame, event, arg):
    print('other', event, frame.f_code.co_name, frame.f_lineno)
    return other

def local(frame, event, arg):
    print('local', event, frame.f_code.co_name, frame.f_lineno)
    if event == 'exception' and frame.f_code.co_name == 'gen': frame.f_back.f_trace = other
    return local

def glob(frame, event, arg):
    return local

def gen():
    yield 1
    raise Exception('g')

def consume():
    t = 0
    for v in gen(): t += v
    return t

def main():
    try:
        return consume()
    except Exception as e:
        return -1


settrace(glob)
main()
settrace(None)
