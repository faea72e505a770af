# conformance mode=self
from sys import settrace
def make(tag, n):
    def tr(frame, event, arg):
        print(tag + str(n), event, frame.f_code.co_name, frame.f_lineno)
        return make(tag, n + 1)

    return tr

calls = 0
def glob(frame, event, arg):
    global calls; calls += 1
    print('G', event, frame.f_code.co_name, frame.f_lineno, calls)
    return make(frame.f_code.co_name[0:1], calls * 10)

def leaf(x):
    if x > 1:
        raise Exception('big')

    return x

def mid(x):
    t = leaf(x)
    t += leaf(x - 1)
    return t

def top():
    s = mid(1)
    try:
        s += mid(2)
    except Exception as e:
        s = -s

    return s

settrace(glob)
top()
settrace(None)
