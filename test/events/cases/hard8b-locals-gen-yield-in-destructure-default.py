# conformance mode=locals
keep = []
def ask(obj, arr):
    tag = 'q'
    a = obj.get('a'); a = (yield 'a?') if a is None else a; b = obj.get('b'); b = (yield 'b?' + str(a)) if b is None else b
    x = arr[0] if len(arr) > 0 else None; x = (yield 'x?' + str(a + b)) if x is None else x
    yield str(a + b + x)

def main():
    g = ask({'b': 2}, [])
    h = ask({}, [7])
    keep.extend([g, h])
    s = g.send(None)
    s += g.send(10)
    s += g.send(5)
    s += h.send(None)
    s += h.send(1)
    s += h.send(3)
    return s

main()
