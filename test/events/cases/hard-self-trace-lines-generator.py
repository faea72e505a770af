# conformance mode=self
from sys import settrace
def local(frame, event, arg):
    print('local', event, frame.f_code.co_name, frame.f_lineno)
    if event == 'line' and frame.f_lineno == 20: frame.f_trace_lines = False
    return local

def glob(frame, event, arg):
    print('global', event, frame.f_code.co_name, frame.f_lineno)
    if frame.f_code.co_name != 'gen': return None
    if frame.f_lineno == 15: frame.f_trace_lines = False
    if frame.f_lineno == 19: frame.f_trace_lines = True
    return local

def gen():
    x = 1
    yield x
    x += 1
    yield x
    x += 1
    yield x

def main():
    total = 0
    for v in gen():
        total += v

    print('total', total)

settrace(glob)
main()
settrace(None)
