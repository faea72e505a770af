# conformance mode=locals
def outer(a):
    b = a + 1
    def middle(c):
        d = a + b + c
        def inner(e):
            return a + d + e

        return inner(d)

    return middle(b)

outer(1)
