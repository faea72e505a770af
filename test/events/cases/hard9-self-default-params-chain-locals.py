# conformance mode=self
from sys import settrace, _getframe
def T(frame, event, arg):
    return T

def probe(tag, v):
    f = _getframe().f_back; parts = []
    while f is not None and f.f_code.co_name != '<module>': loc = f.f_locals; parts.append(f.f_code.co_name + ':' + ','.join(k + '=' + str(loc[k]) for k in sorted(loc) if type(loc[k]) is int)); f = f.f_back
    print(tag, ' | '.join(parts))
    return v

def rec(n, m=None, k=None):
    m = (rec(n - 1) + probe('m', n) if n > 0 else probe('m0', 0)) if m is None else m
    k = probe('k', m + n) if k is None else k
    return m + k

def inner(x, y=None):
    y = probe('y', x * 2) if y is None else y
    return x + y

def outer(a, b=None, c=None):
    b = inner(a) if b is None else b; c = inner(b, a) if c is None else c
    s = a + b + c; return probe('body', s)

def main():
    t = rec(2) + outer(1) + outer(2, 5); return t

settrace(T)
main()
settrace(None)
