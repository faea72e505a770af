# conformance mode=self
from sys import settrace
LIMIT = 3
calls = 0
def T(frame, event, arg):
    G = frame.f_globals
    if event == 'call' and frame.f_code.co_name == 'count': G['calls'] = G['calls'] + 1
    if event == 'line' and frame.f_lineno == 18 and G['LIMIT'] == 3: G['LIMIT'] = 5
    if event == 'return' and frame.f_code.co_name == 'count': G['LIMIT'] = G['LIMIT'] - 1
    if event == 'exception': G['calls'] = G['calls'] * 100
    return T

def count(n):
    if n < 0: raise Exception('neg')
    return n if n < LIMIT else LIMIT

def main():
    out = ''
    for v in [4, 4, -1, 4]:
        try:
            out += str(count(v)) + ','
        except Exception as e:
            out += 'E' + str(calls) + ','


    return out

settrace(T)
print('result', main(), LIMIT, calls)
settrace(None)
