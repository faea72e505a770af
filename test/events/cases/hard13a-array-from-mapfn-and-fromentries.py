# conformance mode=record
def pairs(n):
    yield ('a', 1)
    if n > 1: raise Exception('pairs')
    yield ('b', 2)

def key(p):
    return p[0]

def main():
    r = 0
    try:
        r = len(list(map(key, pairs(2))))
    except Exception as e:
        r = len(dict(pairs(1)).keys())

    try:
        r += len(dict(pairs(3)).keys())
    except Exception as e:
        r += 10

    return r

main()
