# conformance mode=self
from sys import settrace
def W(frame, event, arg):
    L = frame.f_locals
    print('W', event, frame.f_lineno, L['i'], L['lo'], L['hi'])
    if event == 'line' and frame.f_lineno == 19 and L['i'] == 2: L['i'] = 6
    if event == 'line' and frame.f_lineno == 20: L['hi'] = L['hi'] + 100
    return W

def G(frame, event, arg):
    if frame.f_code.co_name == 'probe' and frame.f_back.f_trace is None: frame.f_back.f_trace = W
    return None

def probe(v):
    return v * 2

def loop(lo, hi):
    i = 0
    while i < 8:
        lo, hi = hi, lo + probe(i)
        i += 1

    return str(lo) + ' ' + str(hi) + ' ' + str(i)

settrace(G)
print('result', loop(1, 2))
settrace(None)
