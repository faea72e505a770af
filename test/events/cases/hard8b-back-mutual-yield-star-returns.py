# conformance mode=back
class Stop(Exception): pass
def even(n):
    if n == 0:
        yield 'e0'
        return 100

    r = yield from odd(n - 1)
    if r == 816: raise Stop('big')
    yield 'e' + str(n)
    return r + n

def odd(n):
    r = yield from even(n - 1)
    return r * 2

def drain(g):
    out = ''
    for v in g:
        out += v

    return out

def main():
    s = drain(even(4))
    try:
        s += drain(even(6))
    except Stop as e:
        s += '!'

    return s

main()
