# conformance mode=self
from sys import settrace, gettrace
def glob(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    if event == 'return' and frame.f_code.co_name == 'leaf': raise TypeError('at unwind')
    return glob

def leaf():
    raise ValueError('orig')

def mid():
    try:
        leaf()
    finally:
        print('mid finally')


def top():
    r = 'none'
    try:
        mid()
    except Exception as e:
        r = type(e).__name__ + ':' + str(e)

    settrace(glob)
    return r

settrace(glob)
print('result', top())
settrace(None)
