# conformance mode=self
from sys import settrace
def gen():
    yield 1
    yield 2
    yield 3

box = [gen()]
def T(frame, event, arg):
    if frame.f_code.co_name == 'main' and event == 'line' and frame.f_lineno == 16: next(box[0])
    print(event, frame.f_code.co_name, frame.f_lineno)
    return T

def main():
    a = next(box[0])
    return next(box[0]) + a

settrace(T)
main()
settrace(None)
