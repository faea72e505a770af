# conformance mode=self
from sys import settrace
NM = {}
def T(frame, event, arg): n = frame.f_code.co_name; print(event, NM.get(n) or n, frame.f_lineno); return T
class Box:
    def __init__(self, v):
        self._v = v
    @property
    def v(self): return self._v
    @v.setter
    def v(self, x): self._v = x



    def bump(self, k):
        return self._v + k


def makeAdders(n):
    fs = []
    for i in range(n): fs.append(lambda x, i=i: x + i)
    return fs

def each(arr, cb):
    for j in range(len(arr)): cb(arr[j], j)

def drive(n, on, off):
    s = 0
    adders = makeAdders(4)
    def cb(x, j):
        nonlocal s; b = Box(x)
        b.v = b.bump(j & 3)
        s += adders[j & 3](b.v)
        if j == on: settrace(T)
        if j == off: settrace(None)

    each([1] * n, cb)
    return s

total = 0
for r in range(20): total += drive(100000, -1, -1)
for r in range(3): total += drive(100000, 99995, 99997)
for r in range(5): total += drive(100000, -1, -1)
settrace(T)
total += drive(3, 9, 1)
settrace(T)
total += drive(3, 9, 9)
settrace(None)
print('total', total)
