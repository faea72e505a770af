# conformance mode=locals
def bump(x):
    return x + 1

def pick(flag):
    n = 0
    tag = 'a'
    try:
        if flag:
            return n

        n = bump(n)
    finally:
        tag = tag + 'f'
        n = bump(n) * 10

    return n

def walk():
    i = 0
    try:
        yield i
        i = bump(i)
    finally:
        i = i + 100


def main():
    r = pick(True)
    r += pick(False)
    for v in walk():
        r += v; del v

    return r

main()
