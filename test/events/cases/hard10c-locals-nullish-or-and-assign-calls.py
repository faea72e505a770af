# conformance mode=locals
def outer(x, y):
    hits = 0
    def make(v):
        nonlocal hits
        hits += 1
        return v + hits

    if x is None: x = make(10)
    if not y: y = make(x)
    z = None
    if z is None: z = make(x + y)
    if z: z = make(0) - z
    return x + y + z

outer(None, 0); outer(4, 7)
