# conformance mode=record
class Range(Exception): pass
class Gauge:
    def __init__(self):
        self._v = 0

    def _get(self):
        if self._v > 5: raise Range('get')
        return self._v

    def _set(self, v):
        if v < 0: raise Range('set')
        self._v = v
    value = property(_get, _set)

def pump(g, steps):
    done = 0
    for s in steps:
        try:
            g.value += s
            done += 1
        finally:
            done += 10


    return done

def main():
    g = Gauge()
    n = pump(g, [1, 2])
    try:
        n += pump(g, [-5, 1])
    except Range as e:
        n += 1000

    try:
        n += pump(g, [4, 1])
    except Range as e:
        n += 2000

    return n

main()
