# conformance mode=back
class Bad(Exception): pass
class Base:
    def __init__(self, v):
        self.v = self.check(v)

    def check(self, v):
        return v


class Child(Base):
    def __init__(self, v, when):
        if when == 'before': raise Bad('before')
        super().__init__(v)
        if when == 'after': raise Bad('after ' + str(self.v))
        self.ok = True

    def check(self, v):
        if v < 0: raise Bad('check')
        return v * 2


def make(v, when):
    try:
        return Child(v, when).v
    except Bad as e:
        return str(e)


def main():
    return [make(1, 'before'), make(2, 'after'), make(-1, 'no'), make(3, 'no')]

main()
