# conformance mode=self
from sys import settrace, _getframe
def T(frame, event, arg):
    return T

def probe(tag, v):
    back = _getframe().f_back; loc = back.f_locals
    names = sorted(k for k in loc if type(loc[k]) in (int, str) and not k.startswith('__'))
    print(tag, back.f_code.co_name, back.f_lineno, ' '.join(k + '=' + str(loc[k]) for k in names))
    return v

def unpack(arr, obj):
    tag = 'u'
    a = arr[0]; b = arr[2] if len(arr) > 2 else None; b = probe('b', a + 1) if b is None else b; rest = arr[3:]
    __p = obj.get('p'); __p = [] if __p is None else __p; c = __p[0] if len(__p) > 0 else None; c = probe('c', b * 2) if c is None else c; __q = obj.get('q'); __q = {} if __q is None else __q; r = __q.get('r'); r = probe('r', c + len(rest)) if r is None else r
    d = probe('d', r); __t = [probe('inner', d)]; e = __t[0] if len(__t) > 0 else None; e = probe('e', d + 1) if e is None else e
    for __z in [[1], [2, 5]]: x = __z[0]; y = __z[1] if len(__z) > 1 else None; y = probe('y', x * 3) if y is None else y; probe('in', x + y); del x, y
    return probe('end', a + b + c + r + d + e + len(rest))

def main():
    t = unpack([1], {})
    t += unpack([1, 0, 4, 7, 8], {'p': [6], 'q': {'r': 2}})
    t += unpack([3, 9, None], {'q': {}})
    return t

settrace(T)
main()
settrace(None)
