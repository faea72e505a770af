# conformance mode=self
from sys import settrace
def gen_tr(frame, event, arg):
    print('gen', event, frame.f_code.co_name, frame.f_lineno)
    return None if event == 'return' else gen_tr

def main_tr(frame, event, arg):
    if event != 'exception': print('main', event, frame.f_code.co_name, frame.f_lineno)
    return None

def glob(frame, event, arg):
    print('global', event, frame.f_code.co_name, frame.f_lineno)
    if frame.f_code.co_name == 'main': return main_tr
    return gen_tr if frame.f_lineno == frame.f_code.co_firstlineno else None

def counter():
    i = 0
    while i < 2:
        yield i
        i += 1


def main():
    s = 0
    for v in counter():
        s += v

    return s

settrace(glob)
main()
settrace(None)
