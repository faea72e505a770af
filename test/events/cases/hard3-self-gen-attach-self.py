# conformance mode=self
from sys import settrace, _getframe as currentFrame
def local(frame, event, arg):
    print('local', event, frame.f_code.co_name, frame.f_lineno, arg if event == 'return' else '')
    return local

def glob(frame, event, arg):
    print('global', event, frame.f_code.co_name, frame.f_lineno)
    return None

def ticker(n):
    i = 0
    while i < n:
        if i == 1:
            currentFrame().f_trace = local

        yield i
        i += 1

    return 'end'

def main():
    total = 0
    for v in ticker(4):
        total += v

    return total

settrace(glob)
main()
settrace(None)
print('done')
