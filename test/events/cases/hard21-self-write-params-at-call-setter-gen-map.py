# conformance mode=self
from sys import settrace
def T(frame, event, arg):
    n = frame.f_code.co_name; L = frame.f_locals
    if event == 'call' and n == '_set' and L.get('v') == 7: L['v'] = 70
    if event == 'call' and n == 'count' and frame.f_lineno == 16: L['start'] = 100
    if event == 'call' and n == 'walk' and L.get('d') == 2: L['d'] = 5
    if event == 'return' and n in ('count', 'walk'): print('ret', n, frame.f_lineno, 'none' if arg is None else arg)
    return T

class Box:
    def _set(self, v):
        self.v = v + 1
    val = property(None, _set)

def count(start):
    yield start
    yield start + 1

def walk(d):
    if d >= 3: return d
    return sum(map(walk, [d + 1, d + 1]))

def main():
    b = Box(); b.val = 7
    c = list(count(1))
    return b.v + c[0] + c[1] + walk(0)

settrace(T)
print('result', main())
settrace(None)
