# conformance mode=self
from sys import settrace
hits = 0
def T(frame, event, arg):
    global hits
    if event != 'line' or frame.f_code.co_name != 'climb': return T
    L = frame.f_locals
    hits += 1
    print('line', frame.f_lineno, L.get('i', 'undefined'), L.get('acc', 'undefined'))
    if L.get('i') == 3: L['i'] = 6
    if hits == 9: L['acc'] = 500
    return T
def bump(v):
    return v + 1

def climb(n):
    i = 0
    acc = 0
    while i < n: i = bump(i)
    while acc < n * 10: acc += bump(i)
    return i * 1000 + acc

settrace(T)
print('result', climb(8))
settrace(None)
