# conformance mode=locals
def dflt(k):
    return k + '!'

def f(src, key):
    a, b = dflt(key) if src.get(key) is None else src[key], 'B' if src.get(key + '2') is None else src[key + '2']
    c = d = None
    c = src.get(f"{key}x", 7); d = src.get('d', c * 2 if type(c) is int else str(c) + str(c))
    return str(a) + str(b) + str(c) + str(d)

f({ 'k': 'v' }, 'k'); f({ 'kx': 1, 'd': 2 }, 'k')
