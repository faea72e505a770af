# conformance mode=record
class Deep(Exception): pass
def note(k):
    return k + 1

def leaf(n):
    if n > 0:
        raise Deep('leaf')

    return n

def third(n):
    acc = 0
    try:
        acc = leaf(n)
    finally:
        for k in [1, 2]:
            acc += note(k)


    return acc

def second(n):
    try:
        return third(n) * 2
    finally:
        i = 0
        while i < 2:
            i += note(i)



def first(n):
    try:
        return second(n)
    except Deep as e:
        return -1


first(0)
first(1)
