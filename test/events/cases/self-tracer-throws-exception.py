# conformance mode=self
from sys import settrace, gettrace
def glob(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    if event == 'exception': raise TypeError('replacement')
    return glob

def work():
    n = 1
    raise Exception('original')

def main():
    try:
        work()
    except Exception as e:
        print('main caught', type(e).__name__, str(e))

    return 0

settrace(glob)
main()
print('tracing', 'off' if gettrace() is None else 'on')
settrace(None)
