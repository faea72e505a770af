# conformance mode=self
from sys import settrace
def show(f):
    L = f.f_locals
    parts = [k + '=' + str(L[k]) for k in sorted(L) if type(L[k]) in (int, str)]
    return f.f_code.co_name + '@' + str(f.f_lineno) + '{' + ','.join(parts) + '}'

def T(frame, event, arg):
    if frame.f_code.co_name != 'pairs': return T
    chain = []; f = frame
    while f is not None and f.f_code.co_name != '<module>': chain.append(show(f)); f = f.f_back
    print(event, ' < '.join(chain))
    return T

def pairs(words):
    for w in words:
        up = w.upper()
        yield up + w; del up, w


def consume(words):
    joined = ''
    for p in pairs(words):
        size = len(p)
        joined += p + str(size); del size, p

    return joined

settrace(T)
print('result', consume(['a', 'b']))
settrace(None)
