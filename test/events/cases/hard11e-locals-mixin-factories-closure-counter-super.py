# conformance mode=locals
class Base:
    def __init__(self, n):
        self.n = n

    def show(self):
        return 'b' + str(self.n)


def Tagged(Sup, tag):
    prefix = tag + ':'
    class C(Sup):
        def show(self):
            return prefix + super().show()


    return C

def Counted(Sup):
    made = 0
    class C(Sup):
        def __init__(self, n):
            nonlocal made; super().__init__(n); made += 1
            self.idx = made

        def show(self):
            mark = '#' + str(self.idx)
            return super().show() + mark


    return C

def pair(K, L, i):
    k = K(i); l = L(i + 10)
    return k.show() + '|' + l.show()

def main():
    K = Tagged(Counted(Base), 'x')
    L = Counted(Tagged(Base, 'y'))
    out = [pair(K, L, 0), pair(K, L, 1)]
    checks = (1 if isinstance(K(0), Base) else 0) + (10 if isinstance(L(0), K) else 0)
    return ','.join(out) + str(checks)

main()
