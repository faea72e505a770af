# conformance mode=self
from sys import settrace, gettrace
def quiet(frame, event, arg):
    print('quiet', event, frame.f_code.co_name, frame.f_lineno)
    return None

def loud(frame, event, arg):
    print('loud', event, frame.f_code.co_name, frame.f_lineno)
    return loud

def step(n):
    return n + 1

def run():
    a = step(1)
    print('inside', 'quiet' if gettrace() is quiet else 'other')
    settrace(loud)
    b = step(a)
    return b

settrace(quiet)
run()
print('after', 'loud' if gettrace() is loud else 'other')
settrace(None)
