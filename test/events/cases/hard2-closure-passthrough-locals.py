# conformance mode=locals
def outer(base):
    unit = 'u'
    def middle(k):
        m = k * 2
        def inner(j):
            return base + j + m

        return inner(1)

    return middle(3) + len(unit)

outer(100)
