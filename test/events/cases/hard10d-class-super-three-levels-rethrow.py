# conformance mode=record
class Fail(Exception): pass
class A:
    def run(self, n):
        if n < 0: raise Fail('neg')
        return n + 1


class B(A):
    def run(self, n):
        try:
            return super().run(n) * 2
        except Fail as e:
            raise Fail('B saw ' + str(e))
        finally:
            self.seen = n



class C(B):
    def run(self, n):
        try:
            return super().run(n - 1) + 100
        except Fail as e:
            return -self.seen



def main():
    c = C()
    return c.run(3) + c.run(0)

main()
