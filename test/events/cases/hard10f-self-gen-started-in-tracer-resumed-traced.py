# conformance mode=self
from sys import settrace
def counter(start):
    n = start
    for i in range(3):
        step = yield n
        n += step or 1; del step

    return n

g = None
def show(frame, event, arg):
    if g is None and frame.f_code.co_name == 'main': globals()['g'] = counter(10); next(g)
    if frame.f_code.co_name == 'counter': print(event, frame.f_lineno, ','.join(sorted(frame.f_locals.keys())), frame.f_back.f_code.co_name if frame.f_back else None)
    return None

def main():
    total = g.send(5)
    for v in g: total += v
    return total

settrace(show)
print('total', main())
settrace(None)
