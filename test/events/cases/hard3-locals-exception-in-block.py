# conformance mode=locals
class Halt(Exception): pass
def check(v):
    if v > 2:
        raise Halt('h')

    return v

def walk(n):
    acc = 0
    i = 0
    while i < n:
        cur = i * 3
        if cur > 0:
            label = 'c' + str(cur)
            acc += check(cur) + len(label); del label

        i += 1; del cur

    return acc

def main():
    got = 0
    try:
        got = walk(2)
        got += walk(3)
    except Halt as e:
        got = -got

    return got

main()
