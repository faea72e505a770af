# conformance mode=self
from sys import settrace, gettrace
def glob(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    if event == 'call' and frame.f_code.co_name == 'gen': raise ValueError('at gen call')

    return glob
def gen():
    try:
        yield 1
    finally:
        print('gen finally')

    yield 2

def main():
    g = gen()
    out = 0
    try:
        out = next(g)
    except Exception as e:
        print('main caught', 'RangeError', 'off' if gettrace() is None else 'on')

    settrace(glob)
    r = next(g, None)
    print('again', 'done' if r is None else r)
    return out

settrace(glob)
main()
settrace(None)
