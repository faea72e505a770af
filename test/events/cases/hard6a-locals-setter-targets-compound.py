# conformance mode=locals
class Limit(Exception): pass
class Meter:
    def __init__(self):
        self._lo = 0
        self._hi = 0

    def _get_lo(self):
        return self._lo

    def _set_lo(self, v):
        old = self._lo
        self._lo = v + old

    def _get_hi(self):
        return self._hi

    def _set_hi(self, v):
        if v > 9:
            raise Limit('hi')

        self._hi = v

    def step(self, k):
        return k * 2
    lo = property(_get_lo, _set_lo); hi = property(_get_hi, _set_hi)

def main():
    m = Meter()
    m.lo, m.hi = 1, 2
    m.hi += m.step(3)
    try:
        m.lo, m.hi = m.lo, m.hi + m.step(2)
    except Limit as e:
        m.lo += 100

    return m.lo + m.hi

main()
