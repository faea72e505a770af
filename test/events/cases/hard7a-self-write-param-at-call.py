# conformance mode=self
from sys import settrace
def T(frame, event, arg):
    if event == 'call' and frame.f_code.co_name == 'scale':
        L = frame.f_locals
        L['k'] = L['k'] * 10
        print('call', frame.f_lineno, L['x'], L['k'])
    return T


def scale(x, k):
    r = x * k
    return r

def main():
    a = scale(2, 3)
    b = scale(a, 1)
    return a + b

settrace(T)
print('result', main())
settrace(None)
