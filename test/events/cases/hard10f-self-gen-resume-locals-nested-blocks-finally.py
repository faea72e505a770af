# conformance mode=self
from sys import settrace
def gen(items):
    total = 0
    for it in items:
        sq = it * it
        yield sq
        total += sq; del sq, it

    total += 1
    try:
        mid = total
        yield mid; del mid
    finally:
        fin = total + 1
        yield fin; del fin

    yield total

def show(frame, event, arg):
    if frame.f_code.co_name == 'gen': print(event, frame.f_lineno, ','.join(sorted(frame.f_locals.keys())))
    return None

def main():
    t = 0
    for v in gen([2, 3]): t += v
    return t

settrace(show)
print('total', main())
settrace(None)
