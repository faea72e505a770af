# conformance mode=record
class Halt(Exception): pass
def probe(x):
    if x == 3:
        raise Halt('h')

    return x

def first_big(xs):
    last = -1
    for x in xs:
        try:
            last = probe(x)
            if last < 5:
                continue

        finally:
            if last >= 2:
                break



    return last

def until_halt(xs):
    for x in xs:
        try:
            probe(x)
            continue
        finally:
            if x > 0:
                return x



    return 0

first_big([0, 1, 2, 5])
until_halt([0, 1, 3])
