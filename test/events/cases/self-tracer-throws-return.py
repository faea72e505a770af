# conformance mode=self
from sys import settrace, gettrace
def glob(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    if event == 'return' and frame.f_code.co_name == 'work': raise Exception('tracer failed on return')
    return glob

def work():
    v = 5
    return v

def main():
    try:
        r = work()
        print('main got', r)
    except Exception as e:
        print('main caught', str(e))

    return 0

settrace(glob)
main()
print('tracing', 'off' if gettrace() is None else 'on')
settrace(None)
