# conformance mode=locals
def outer(n):
    total = 0
    tag = 'o'
    def middle(k):
        m = k + 1
        def inner(j):
            nonlocal total, tag, m; total += j + m
            tag = tag + str(j)
            m = m * 2
            return total

        inner(k)
        nonlocal tag; m += total
        tag = tag + 'm'
        return inner(m)

    middle(n)
    seen = total
    total = seen * 2
    middle(seen)
    return tag + str(total)

outer(1)
