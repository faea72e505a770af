# conformance mode=locals
class Invalid(Exception): pass
class Base:
    def __init__(self, size):
        limit = 10
        if size > limit:
            raise Invalid('size')

        self.size = size

    def area(self, k):
        a = self.size * k
        if a < 0:
            raise Invalid('area')

        return a


class Derived(Base):
    def __init__(self, size):
        doubled = size * 2
        super().__init__(doubled)

    def area(self, k):
        base = super().area(k)
        return base + 1


def build(n):
    tag = 'b'
    d = Derived(n)
    return d.area(-1)

def main():
    score = 0
    try:
        score += build(9)
    except Invalid as e:
        score += 1

    try:
        score += build(2)
    except Invalid as e:
        score += 10

    return score

main()
