# conformance mode=record
class Stop(Exception): pass
class A:
    def items(self, n):
        yield n
        if n > 5:
            raise Stop('big')

        yield self.extra(n)

    def extra(self, n):
        return n + 1


class B(A):
    def items(self, n):
        yield from super().items(n * 2)
        return 'b'


class C(B):
    def items(self, n):
        try:
            r = yield from super().items(n + 1)
            yield r
        except Stop as e:
            yield -1


    def extra(self, n):
        return n * 100


def main():
    c = C()
    got = [*c.items(1), *c.items(3)]
    return len(got)

main()
