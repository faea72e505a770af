# conformance mode=locals
def outer(a, b):
    def peek():
        return a * 100 + b

    n = 0
    while n < 3:
        a, b = b, peek()
        m = peek() + n
        b, a = a - m, b + 1; n += 1; del m

    return peek()

outer(5, 2)
