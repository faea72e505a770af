# conformance mode=self
from sys import settrace, _getframe
def T(frame, event, arg):
    return T

def probe(tag, v):
    back = _getframe().f_back; loc = back.f_locals
    names = sorted(k for k in loc if type(loc[k]) in (int, str))
    print(tag, back.f_code.co_name, back.f_lineno, ' '.join(k + '=' + str(loc[k]) for k in names))
    return v

def unpack(obj, arr):
    tag = 'u'
    a = obj.get('a'); a = probe('a', 1) if a is None else a; b = obj.get('b'); b = probe('b', a + 1) if b is None else b
    x = arr[0] if len(arr) > 0 else None; x = probe('x', b * 2) if x is None else x; y = arr[1] if len(arr) > 1 else None; y = probe('y', x + a) if y is None else y
    if a > 0:
        p = obj.get('p'); p = {} if p is None else p; q = p.get('q'); q = probe('q', x + y) if q is None else q; del p
        r = None; r = probe('r', q + 1) if r is None else r
        return a + b + x + y + q + r

    return -1

def main():
    t = unpack({}, [])
    t += unpack({'a': 5, 'p': {'q': 7}}, [None, 3])
    t += unpack({'b': 2}, [4])
    return t

settrace(T)
main()
settrace(None)
