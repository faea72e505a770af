# conformance mode=self
from sys import settrace, _getframe
def T(frame, event, arg):
    return T

def probe(tag, v):
    back = _getframe().f_back; loc = back.f_locals
    names = sorted(k for k in loc if type(loc[k]) in (int, str))
    print(tag, back.f_code.co_name, back.f_lineno, ' '.join(k + '=' + str(loc[k]) for k in names))
    return v

def work(n):
    t = probe('t', n * 2); probe('u', t + 1)
    a = t + 1; b = probe('b', a * 2); c = probe('c', a + b)
    if n > 0: d = probe('d', c - 1); c = probe('c2', d); del d
    for j in range(2): e = j + c; probe('e', e); del e
    del j; f = probe('f', n); g = f + 1; probe('g', g); del f, g
    h = 0
    while h < 2: m = probe('m', h * 10); h += 1; del m
    r = c + h; return probe('ret', r)

def main():
    s = work(1); s += work(0)
    return s

settrace(T)
main()
settrace(None)
