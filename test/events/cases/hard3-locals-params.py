# conformance mode=locals
def scale(n, factor=3):
    n = n * factor
    factor = 'done'
    return n

def gather(first, *rest):
    count = len(rest)
    first += count
    return first

def point(x, y=7):
    x += 1
    return x + y

def pair(a, b):
    a, b = b, a
    return a * 10 + b

def main():
    r = scale(2)
    r += scale(2, 5)
    r += gather(1, 'p', 'q')
    r += gather(100)
    r += point(x=1)
    r += point(x=1, y=2)
    r += pair(*[3, 4])
    return r

main()
