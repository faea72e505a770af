# conformance mode=self
from sys import settrace, gettrace
def glob(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno, ('none' if arg is None else arg) if event == 'return' else '')
    if event == 'return' and arg == 2: raise TypeError('at yield')
    return glob

def gen():
    n = 0
    while n < 3:
        n += 1
        try:
            yield n
        except Exception as e:
            print('gen caught', type(e).__name__, 'off' if gettrace() is None else 'on')
            settrace(glob)
            n += 10


    n = -1

def main():
    g = gen()
    a = next(g)
    for v in g:
        a += v

    print('main got', a)
    return a

settrace(glob)
main()
settrace(None)
