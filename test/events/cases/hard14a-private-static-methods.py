# conformance mode=back
log = [0]
class Counter:
    def __init__(self): self._n = 0
    def _bump(k):
        log[0] += k
        return log[0]
    _bump = staticmethod(_bump)
    def _step(self, k):
        self._n += k
        return Counter._bump(k)

    def run(self, times):
        last = 0
        for i in range(1, times + 1):
            last = self._step(i)

        return last + self._n if hasattr(self, '_n') else -1


def main():
    return Counter().run(3) + Counter().run(1)

main()
