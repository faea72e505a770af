# conformance mode=locals
class Bad(Exception): pass
def f(v):
    if v > 8: raise Bad('f')
    return v + 1

def twice(n):
    k = n
    try:
        try:
            return f(k)
        finally: a = k * 2; k = a + 1; del a
    finally:
        b = k + 1
        k = b; del b


def scan(xs):
    t = 0
    i = 0; x = 0
    while i < len(xs):
        x = xs[i]; i += 1
        try:
            try:
                if x < 0: continue
                if x > 100: break
                t += f(x)
            finally: c = x * x; t += c; del c
        finally:
            d = t % 7
            t += d; del d


    return t

def main():
    r = twice(1) + scan([1, -2, 200, 5])
    try:
        r += twice(4) + twice(9)
    except Bad as e:
        r = -r

    try:
        r += scan([2, 9])
    except Bad as e:
        r += 1

    return r

main()
