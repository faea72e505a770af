# conformance mode=self
from sys import settrace
def T(frame, event, arg):
    if event != 'line' or frame.f_code.co_name != 'scan': return T
    L = frame.f_locals
    if frame.f_lineno == 14 and L['i'] == 2: L['i'] = 4
    if frame.f_lineno == 17 and L['i'] == 5: L['i'] = 8
    if frame.f_lineno == 26 and L['v'] == 'b': L['v'] = 'B'
    if 'i' in L: print('line', frame.f_lineno, L['i'])
    return T

def scan(items):
    i = 0
    while i < 10:
        try:
            i += 1
            if i % 3 == 0: continue
            if i > 8: break
            print('body', i)
        finally:
            print('fin', i)


    out = []
    for v in items:
        out.append(v)

    return ''.join(out) + str(i)

settrace(T)
print('result', scan(['a', 'b', 'c']))
settrace(None)
