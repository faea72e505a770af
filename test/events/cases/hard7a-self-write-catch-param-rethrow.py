# conformance mode=self
from sys import settrace
def T(frame, event, arg):
    name = frame.f_code.co_name
    if event == 'exception': print('exc', name, frame.f_lineno, str(arg[1]))
    if event == 'line' and name == 'relay' and frame.f_lineno == 17: frame.f_locals['e'] = Exception('swapped ' + str(frame.f_locals['e']))
    if event == 'return': print('ret', name, frame.f_lineno, 'undefined' if arg is None else str(arg))
    return T

def fail(tag):
    raise Exception(tag)

def relay(tag):
    try:
        fail(tag)
    except Exception as e:
        print('relay has', str(e))
        raise e


def main():
    try:
        relay('orig')
    except Exception as e:
        return str(e)


settrace(T)
print('result', main())
settrace(None)
