# conformance mode=locals
def outer(items):
    last = 0
    count = 0
    a = 1
    b = 2
    flag = 'no'
    def middle(k):
        m = k * 2
        def inner():
            nonlocal last, count, a, b, flag
            for last in items:
                count += 1

            a, b = b, a + m
            flag = 'yes'

        inner()
        return m

    def writer(v):
        nonlocal flag; flag = v

    middle(3)
    writer('w')
    middle(4)
    return flag + str(last + count + a + b)

outer([5, 6])
