# conformance mode=self
from sys import settrace; from functools import cmp_to_key
state = [3]
def tracer(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    if event == 'call' and frame.f_code.co_name == 'cmp':
        state[0] -= 1
        if state[0] == 0:
            raise ValueError('budget')


    return tracer

def cmp(a, b):
    return a - b

def main():
    xs = [3, 1, 2, 5, 4]
    r = 0
    try:
        xs.sort(key=cmp_to_key(cmp))
    except ValueError as e:
        r = -1
        settrace(tracer)

    ys = sorted([2, 1], key=cmp_to_key(cmp))
    return r + ys[0]

settrace(tracer)
main()
settrace(None)
