# conformance mode=self
from sys import settrace; from functools import cmp_to_key
def tracer(frame, event, arg):
    if event == 'exception':
        names = []
        tb = arg[2]
        while tb is not None: names.append(tb.tb_frame.f_code.co_name + '@' + str(tb.tb_lineno) + '/' + str(tb.tb_frame.f_lineno)); tb = tb.tb_next

        print(event, frame.f_code.co_name, frame.f_lineno, ' '.join(names))

    return tracer

class Bad(Exception): pass
def check(v):
    if v == 0:
        raise Bad('zero')

    return v

def cmp(a, b):
    return check(a) - check(b)

def order(xs):
    return sorted(xs, key=cmp_to_key(cmp))

def main():
    try:
        return len(list(map(order, [[2, 1], [3, 0]])))
    except Bad as e:
        return -1


settrace(tracer)
main()
settrace(None)
