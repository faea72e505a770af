# conformance mode=self
from sys import settrace
def local(frame, event, arg):
    print('local', event, frame.f_code.co_name, frame.f_lineno)
    if event == 'exception' and frame.f_code.co_name == 'gen': raise Exception('tracer')
    return local

def glob(frame, event, arg):
    print('global', event, frame.f_code.co_name, frame.f_lineno)
    return local

def gen():
    yield 1
    raise Exception('g')

def main():
    msg = ''
    try:
        for v in gen(): msg += str(v)
    except Exception as e:
        msg = str(e)

    print('caught', msg)

settrace(glob)
main()
settrace(None)
