# conformance mode=self
from sys import settrace
def T(frame, event, arg):
    name = frame.f_code.co_name
    back = frame.f_back.f_code.co_name if frame.f_back and name != 'main' else '-'
    if event != 'exception': print(event, name, frame.f_lineno, back if event == 'call' else ('null' if arg is None else str(arg)))
    if event == 'exception' and arg[0] not in (GeneratorExit, StopIteration): print(event, name, frame.f_lineno, str(arg[1]))
    return T

def gen(tag):
    try:
        yield 1
        yield 2
        yield 3
    finally:
        abs(tag)


def main():
    total = 0
    for row in [1, 2, 3]:
        for v in gen(row):
            try:
                if v == row: break
                total += v
            finally:
                total += 10


        if row == 2: continue
        total += 100

    return total

settrace(T)
print('result', main())
settrace(None)
