# conformance mode=self
from sys import settrace
saved = {}
def where(f):
    return f.f_code.co_name + ':' + str(f.f_lineno) if f is not None and f.f_code.co_name != '<module>' else '-'

def T(frame, event, arg):
    if event == 'call' and frame.f_code.co_name == 'ticker' and 'g' not in saved: saved['g'] = frame
    print(event, where(frame), 'back', where(frame.f_back), 'back2', where(frame.f_back.f_back if frame.f_back and frame.f_back.f_code.co_name != '<module>' else None), 'gen', where(saved.get('g')))
    if event == 'line' and frame.f_lineno == 30: settrace(None)
    return T

def ticker():
    yield 1
    yield 2
    yield 3

def probe(x):
    return x

def mid(g):
    a = next(g)
    settrace(T)
    b = probe(a)
    return b

def top():
    g = ticker()
    k = next(g)
    k += 1
    k += next(g)
    k += 2
    settrace(T)
    k += mid(g)
    settrace(None)
    k += next(g, 0)
    settrace(T)
    return probe(k)

settrace(T)
print('result', top())
settrace(None)
