# conformance mode=self
from sys import settrace
def sq(x): return x * x
def t(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    return t

def once(frame, event, arg):
    print('once', event, frame.f_code.co_name); settrace(None)
    return t

def gen():
    yield sq(1)
    settrace(None); yield sq(2)
    settrace(t); yield sq(3)
    settrace(once); yield sq(4)

total = 0
for i in range(4):
    settrace(t if i % 2 else None); total += sq(i); settrace(None)

settrace(once); total += sq(5); total += sq(6); settrace(t)
for v in gen(): total += sq(v)
settrace(None)
print('total', total)
