# conformance mode=locals
def label(kind, n):
    out = 'none'
    __k = kind
    if __k == 1:
        a = n + 1
        out = 'a' + str(a)
        del a
    elif __k == 2:
        b = n * 2
        b += 1
        out = 'b' + str(b)
        del b
    else:
        out = 'd'

    tail = len(out)
    return out + str(tail)

label(1, 5)
label(2, 5)
label(3, 5)
