# conformance mode=record
def gen(n):
    for i in [0, 1, 2, 3]:
        if i == n: raise Exception('boom')
        yield i


def consume():
    t = 0
    for v in gen(2): t += v
    return t

def mid():
    return consume() + 1

def main():
    try:
        return mid()
    except Exception as e:
        return -1


main()
