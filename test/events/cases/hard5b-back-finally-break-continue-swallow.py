# conformance mode=back
class Stop(Exception): pass
def check(v):
    if v % 2 == 1:
        raise Stop('odd')

    return v

def handle(v):
    return check(v) + check(v + 2)

def drain(items):
    total = 0
    for v in items:
        try:
            total += handle(v)
        finally:
            if v > 4:
                break

            continue


    n = 0
    while True:
        n += 1
        try:
            total += handle(n)
        finally:
            if n < 3:
                continue

            break


    return total + n

drain([2, 3, 5, 6])
