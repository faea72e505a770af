# conformance mode=record
class Bad(Exception): pass
class A:
    def __init__(self, n):
        self.n = n
        self.init()

    def init(self):
        self.tag = 'a'

    def describe(self, k):
        if k > self.n:
            raise Bad('too big')

        return self.tag + str(k)


class B(A):
    def describe(self, k):
        try:
            return 'b' + super().describe(k)
        except Bad as e:
            return 'b!' + super().describe(0)



class C(B):
    def __init__(self, n):
        super().__init__(n + 1)

    def init(self):
        super().init()
        self.tag += 'c'

    def describe(self, k):
        s = ''
        try:
            s = super().describe(k * 2)
        finally:
            s += '.'

        return s


def main():
    c = C(1)
    return c.describe(1) + c.describe(2)

main()
