# conformance mode=back
class TooDeep(Exception): pass
class Walker:
    def depth(cls, n):
        if n == 0:
            return cls.leaf()

        return 1 + cls.depth(n - 1)

    def leaf(cls):
        return 0

    def measure(self, n):
        return type(self).depth(n)
    depth = classmethod(depth); leaf = classmethod(leaf)

class Strict(Walker):
    def leaf(cls):
        raise TooDeep('leaf')

    def depth(cls, n):
        try:
            return super().depth(n)
        except TooDeep as e:
            return cls.recover(n) - (1000 if n > 1 else 0)


    def recover(cls, n):
        return n * 100
    leaf = classmethod(leaf); depth = classmethod(depth); recover = classmethod(recover)

def main():
    a = Walker().measure(2)
    b = Strict().measure(2)
    return a + b

main()
