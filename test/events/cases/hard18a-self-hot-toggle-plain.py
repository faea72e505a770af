# conformance mode=self
from sys import settrace
def T(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    return T

def add(a, b):
    return a + b

def hot(n, on, off):
    s = 0
    for i in range(n):
        s = add(s, i)
        if i == on: settrace(T)
        if i == off: settrace(None)

    return s

total = 0
for r in range(30): total += hot(100000, -1, -1)
for r in range(4): total += hot(100000, 99990 + r, 99992 + r)
for r in range(20): total += hot(100000, -1, -1)
total += hot(100000, 99900, 99998)
print('total', total)
