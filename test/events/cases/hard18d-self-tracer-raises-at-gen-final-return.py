# conformance mode=self
from sys import settrace, gettrace
def glob(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    if event == 'return' and frame.f_code.co_name == 'gen' and arg == 'end': raise ValueError('at end')

    return glob
def gen():
    yield 1
    yield 2
    return 'end'

def main():
    s = 0
    try:
        for v in gen():
            s += v

    except Exception as e:
        print('main caught', 'RangeError', s, 'off' if gettrace() is None else 'on')

    settrace(glob)
    return s

settrace(glob)
main()
print('after', 'off' if gettrace() is None else 'on')
settrace(None)
