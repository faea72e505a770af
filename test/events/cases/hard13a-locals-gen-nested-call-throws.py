# conformance mode=locals
def check(v):
    half = v // 2
    if v > 3: raise Exception('big')
    return half

def gen(a, b):
    n = 0
    n = n + 1
    yield check(a)
    n = n + 1
    yield check(b)

def main():
    count = 0
    g = gen(2, 4)
    try:
        count += next(g)
        count += next(g)
    except Exception as e:
        count += 10; del e

    return count

main()
