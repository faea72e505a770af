# conformance mode=locals
def f(o, n):
    p = 2
    p **= n
    if not o.get('q'): o['q'] = p
    if o.get('r') is None: o['r'] = o['q'] + 1
    if o['q']: o['q'] = o['r'] ** 2
    if not n: n = 100
    return o['q'] + p + n

f({}, 3); f({ 'q': 5, 'r': None }, 0)
