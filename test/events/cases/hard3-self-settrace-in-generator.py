# conformance mode=self
from sys import settrace
def local(frame, event, arg):
    print('local', event, frame.f_code.co_name, frame.f_lineno)
    return local

def glob2(frame, event, arg):
    print('glob2', event, frame.f_code.co_name, frame.f_lineno)
    return local

def glob1(frame, event, arg):
    print('glob1', event, frame.f_code.co_name, frame.f_lineno)
    return None

def helper(x):
    return x + 1

def gen():
    v = helper(0)
    yield v
    settrace(glob2)
    v = helper(v)
    yield v
    v += 1
    yield v

def main():
    g = gen()
    total = next(g)
    total += next(g)
    total += helper(10)
    total += next(g)
    next(g, None)
    settrace(None)
    return total

settrace(glob1)
main()
settrace(None)
print('done')
