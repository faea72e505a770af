# conformance mode=self
from sys import settrace
def T(frame, event, arg):
    if event != 'line' or frame.f_code.co_name != 'f': return T
    L = frame.f_locals
    seen = []
    for name in ['a', 'b', 'c', 'd']:
        if name in L:
            L[name] = L[name] + 1
            seen.append(name)


    print('line', frame.f_lineno, ''.join(seen))
    return T

def f(xs):
    a = 0
    total = a
    if len(xs) > 1:
        b = 10
        total += b; del b

    for c in xs:
        total += c; del c

    d = total
    return total

settrace(T)
print('result', f([100, 200]))
settrace(None)
