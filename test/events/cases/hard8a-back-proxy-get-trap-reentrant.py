# conformance mode=back
class Missing(Exception): pass
def trap(target, key):
    if key in target:
        return target[key]

    return fallback(target, key)

def fallback(p, key):
    if key == 'dflt':
        raise Missing(key)

    return p.dflt * 10

handler = type('W', (dict,), {'__getattribute__': trap})
def main():
    p = handler(a=1, dflt=7)
    r = p.a + p.b
    q = handler(a=2)
    try:
        r += q.a + q.zz
    except Missing as e:
        r = -r

    return r

main()
