# conformance mode=locals
class Bad(Exception): pass
def tw(v):
    return v * 2

def chk(v):
    if v > 5: raise Bad('big')
    return v

def g(n):
    x = n; __o = x; x = tw(n); n += x; x = __o; del __o; return tw(x)

def k(n):
    y = n; z = n + 10; y += tw(z); del z; chk(y)

def h(n):
    s = 0
    a = tw(n); b = tw(a); s += b; del b; s += tw(a); del a
    c = s + 1; s = c; del c; s = tw(s)
    return s

def main():
    r = g(1) + h(1)
    try:
        k(0)
    except Bad as e:
        r += 1

    return r

main()
