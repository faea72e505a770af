# conformance mode=self
from sys import settrace
def T(frame, event, arg):
    name = frame.f_code.co_name
    if event == 'line' and name == 'deep' and frame.f_lineno == 17: frame.f_locals['total'] = frame.f_locals['total'] + 1000
    if event == 'line' and name == 'add' and frame.f_lineno == 13: frame.f_locals['step'] = 7
    return T

def outer(start, step=1):
    total = start
    def mid():
        def add(k):
            nonlocal total; total += step * k
            return total

        def deep():
            return add(1) + total

        return deep()

    first = mid()
    return str(first) + ' ' + str(total) + ' ' + str(step)

settrace(T)
print('result', outer(10))
print('again', outer(20, 2))
settrace(None)
