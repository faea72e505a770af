# conformance mode=locals
class Overflow(Exception): pass
def make(base, limit):
    count = 0
    class Counter:
        def inc(self, k):
            nonlocal count; count += k
            if count > limit:
                raise Overflow('over')

            return self.total

        def _get_total(self):
            return base + count
        total = property(_get_total)

    c = Counter()
    last = c.inc(2)
    try:
        last = c.inc(5)
    except Overflow as e:
        last = -count

    return last

make(10, 4)
