# conformance mode=locals
class Boom(Exception): pass
def explode(n):
    raise Boom(str(n))

def owner(n):
    log = 0
    note = 's'
    def attempt(x):
        try:
            nonlocal log, note; log += 1
            if x > 1:
                explode(x)

            note = note + 't'
            return x
        finally:
            log += 10
            return log


    def wrap(x):
        try:
            return attempt(x) + 1
        except Boom as e:
            return -1


    a = wrap(1)
    b = wrap(n)
    return a + b + len(note)

owner(5)
