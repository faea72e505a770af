# conformance mode=record
class Bad(Exception): pass
class Base:
    def __init__(self, v):
        self.v = self.norm(v)

    def norm(self, v):
        if v > 9: raise Bad('big')
        return v

    def create(cls, v):
        try:
            return cls(v)
        finally:
            cls.count += 1
    create = classmethod(create)


class Child(Base):
    def norm(self, v):
        return super().norm(v + 5)

    def create(cls, v):
        try:
            return super().create(v)
        except Bad as e:
            return cls.create(0)
    create = classmethod(create)


def main():
    Base.count = 0
    a = Child.create(2).v
    b = Child.create(7).v
    return a + b + Base.count * 100 + Child.count * 10

main()
