# conformance mode=locals
class Counter:
    def __init__(self):
        self._n = 0

    def _get_n(self):
        cur = self._n
        return cur

    def _set_n(self, v):
        old = self._n
        self._n = v
    n = property(_get_n, _set_n)

def bump():
    return 5

def main():
    c = Counter()
    c.n += 1
    c.n += bump()
    c.n *= c.n
    return c.n

main()
