# conformance mode=locals
class Skip(Exception): pass
def check(v):
    if v % 4 == 1: raise Skip('odd')
    return v * 10

def gather(n):
    i = 0
    acc = 0
    while i < n:
        i += 1
        try:
            got = check(i)
            acc += got; del got
        finally:
            if i % 3 != 0: continue

        acc -= 1

    return acc

def main():
    r = gather(6)
    try:
        r += gather(9)
    except Skip as e:
        r = -r

    return r

main()
