# conformance mode=self
from sys import settrace
class Boom(Exception): pass
def show(tag, frame, event, arg):
    print(tag, event, frame.f_code.co_name, frame.f_lineno, arg[0].__name__ if event == 'exception' else '', frame.f_trace.__name__ if frame.f_trace else 'none')

def A(frame, event, arg):
    show('A', frame, event, arg)
    return B if event == 'line' and frame.f_lineno == 31 else None

def B(frame, event, arg):
    show('B', frame, event, arg)
    return A if event == 'exception' else C

def C(frame, event, arg):
    show('C', frame, event, arg)
    return B if frame.f_lineno != 33 else None

def G(frame, event, arg):
    show('G', frame, event, arg)
    return A

def leaf(n):
    if n == 2: raise Boom('b')
    return n


def work():
    t = 0
    for i in range(5):
        try:
            t += leaf(i)
        except Boom as e:
            t += 100


    return t

settrace(G)
print('result', work())
settrace(None)
