# conformance mode=locals
class Limit(Exception): pass
class Gauge:
    def __init__(self, max):
        self.max = max
        self._v = 0

    def _get_v(self):
        cur = self._v
        if cur < 0: raise Limit('read')
        return cur

    def _set_v(self, x):
        max = self.max
        if x > max: raise Limit('write ' + str(x))
        self._v = x
    v = property(_get_v, _set_v)

def main():
    g = Gauge(5)
    fails = 0
    for step in [2, 4, 1]:
        try:
            g.v += step; del step
        except Limit as e:
            fails += 1; del step


    g._v = -1
    try:
        g.v += 1
    except Limit as e:
        fails += 10

    return fails

main()
