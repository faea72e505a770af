# conformance mode=locals
def outer(src):
    p = 1
    q = 2
    def peek(k):
        return k + p * 10 + q

    for item in src:
        p = peek(0) if len(item) < 1 else item[0]; q = peek(p) if len(item) < 2 else item[1]; del item

    p, q = q, p
    return peek(p)

outer([[], [3], [4, 5], []])
