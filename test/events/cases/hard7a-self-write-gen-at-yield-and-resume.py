# conformance mode=self
from sys import settrace
def T(frame, event, arg):
    if frame.f_code.co_name != 'ticker': return T
    L = frame.f_locals
    if event == 'return' and arg == 2: L['step'] = 5
    if event == 'call' and frame.f_lineno == 16 and L.get('n', 0) > 10: L['n'] = 100
    if 'step' in L: print(event, frame.f_lineno, L['n'], L['step'])
    return T

def ticker(limit):
    n = 0
    step = 1
    while n < limit:
        n += step
        yield n


def main():
    seen = []
    for v in ticker(20):
        seen.append(v)

    return ','.join(str(x) for x in seen)

settrace(T)
print('result', main())
settrace(None)
