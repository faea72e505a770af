# conformance mode=self
from sys import settrace, gettrace
def glob(frame, event, arg):
    if frame.f_code.co_name != 'work': return None
    print(event, frame.f_code.co_name, frame.f_lineno)
    if event == 'line' and frame.f_lineno == 12: raise Exception('tracer failed at line')
    return glob

def work():
    a = 1
    try:
        a = 2
    except Exception as e:
        print('work caught', str(e), a)

    return a

settrace(glob)
print('result', work())
print('tracing', 'off' if gettrace() is None else 'on')
settrace(None)
