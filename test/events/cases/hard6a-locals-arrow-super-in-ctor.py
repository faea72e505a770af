# conformance mode=locals
class Base:
    def __init__(self, n):
        self.n = n

    def fmt(self, x):
        return 'b' + str(x)


class Derived(Base):
    def __init__(self, n):
        init = lambda: super(Derived, self).__init__(n * 2)
        k = n + 1
        init()
        self.k = k

    def fmt(self, x):
        return 'd' + str(x)

    def all(self, xs):
        return list(map(lambda x: super(Derived, self).fmt(x) + self.fmt(x), xs))


def main():
    d = Derived(3)
    return ','.join(d.all([1, 2])) + str(d.n)

main()
