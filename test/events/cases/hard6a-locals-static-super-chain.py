# conformance mode=locals
class Base:
    def __init__(self, v):
        self.v = v

    def create(cls, n):
        made = cls(n)
        return made

    def label(cls):
        return 'base'
    create = classmethod(create); label = classmethod(label)

class Mid(Base):
    def create(cls, n):
        doubled = n * 2
        return super().create(doubled)

    def label(cls):
        return 'mid/' + super().label()
    create = classmethod(create); label = classmethod(label)

class Leaf(Mid):
    def create(cls, n):
        tag = cls.label()
        obj = super().create(n + 1)
        obj.tag = tag
        return obj

    def label(cls):
        return 'leaf/' + super().label()
    create = classmethod(create); label = classmethod(label)

def main():
    x = Leaf.create(3)
    y = Mid.create(5)
    return x.v + y.v + len(x.tag)

main()
