# conformance mode=self
from sys import settrace
def gen(k):
    a = k + 1
    yield a
    if k > 0: b = a * 2; yield b; del b
    c = a + 3
    yield c

def show(frame, event, arg):
    if frame.f_code.co_name == 'gen': print(event, frame.f_lineno, ','.join(sorted(frame.f_locals.keys())))
    return None

def main():
    t = 0
    for v in gen(1): t += v
    return t

settrace(show)
print('total', main())
settrace(None)
