# conformance mode=back
class Bad(Exception): pass
def outer():
    n = 0
    def tick():
        nonlocal n
        n += 1
        return n

    def gen():
        try:
            yield tick()
            raise Bad('g')
        except Bad as e:
            yield tick()
        finally:
            tick()



    def drive(g):
        try:
            return next(g)
        finally:
            tick()



    g = gen()
    drive(g); drive(g)
    for v in g: tick()
    return n

outer()
