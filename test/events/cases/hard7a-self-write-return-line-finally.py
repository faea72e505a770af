# conformance mode=self
from sys import settrace
def T(frame, event, arg):
    if frame.f_code.co_name != 'pick': return T
    L = frame.f_locals
    if event == 'line' and frame.f_lineno == 15: L['x'] = L['x'] * 10
    if event == 'line' and frame.f_lineno == 17: L['x'] = -1
    if event == 'line' and frame.f_lineno == 18: L['note'] = 'tracer'
    print(event, frame.f_lineno, L['x'], L.get('note', 'undefined'), str(arg) if event == 'return' else '')
    return T

def pick(x):
    note = 'none'
    try:
        return x + 1
    finally:
        x = x + 1000
        print('finally', x, note)


def main():
    return pick(2) + pick(3)

settrace(T)
print('result', main())
settrace(None)
