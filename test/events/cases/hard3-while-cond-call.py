# conformance mode=record
class Stop(Exception): pass
def has_more(i, n):
    return i < n

def ok(i):
    if i > 3:
        raise Stop('stop')

    return i >= 0

def drain(n):
    i = 0
    s = 0
    while has_more(i, n):
        s += i
        i += 1

    j = 0
    try:
        while has_more(j, n) and ok(j):
            j += 1

        j += 100
    except Stop as e:
        j = -j

    return s * 1000 + j

drain(3)
drain(6)
