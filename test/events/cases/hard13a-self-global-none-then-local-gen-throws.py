# conformance mode=self
from sys import settrace
calls = 0
def local(frame, event, arg):
    print('local', event, frame.f_code.co_name, frame.f_lineno)
    return local

def glob(frame, event, arg):
    global calls; print('global', event, frame.f_code.co_name, frame.f_lineno)
    if frame.f_code.co_name == 'gen': calls += 1
    if frame.f_code.co_name == 'gen' and calls == 1: return None
    return local

def gen():
    yield 1
    raise Exception('g')

def main():
    t = 0
    try:
        for v in gen(): t += v
    except Exception as e:
        t = -1

    return t

settrace(glob)
main()
settrace(None)
