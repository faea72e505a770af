# conformance mode=self
from sys import settrace
def glob(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    if event == 'line' and frame.f_lineno == 15: raise TypeError('in finally')
    return glob

def leaf():
    raise ValueError('orig')

def mid():
    try:
        leaf()
    finally:
        print('mid finally')


def top():
    seen = []
    for i in range(2):
        try:
            mid()
        except Exception as e:
            seen.append(type(e).__name__)
            settrace(glob)


    return ','.join(seen)

settrace(glob)
print('result', top())
settrace(None)
