# conformance mode=record
def gen(x):
    yield x
    if x > 1: raise Exception('cb')

def cb(x):
    t = 0
    for v in gen(x): t += v
    return t

def main():
    try:
        list(map(cb, [1, 2, 3]))
    except Exception as e:
        return 'caught'


main()
