# conformance mode=record
def check(x):
    if x > 2: raise Exception('big')
    return x

def rows():
    yield list(map(check, [1, 2]))
    yield list(map(check, [2, 3]))

def main():
    n = 0
    try:
        for r in rows(): n += len(r)
    except Exception as e:
        n = -n

    return n

main()
