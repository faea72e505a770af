class Base:
    def __init__(self, n):
        self.n = n
    @property
    def size(self):
        return self.n
    def describe(self):
        return "base " + str(self.size)

class Derived(Base):
    def __init__(self, n):
        super().__init__(n * 10)
    def describe(self):
        return "derived/" + super().describe()

def count(n):
    for i in range(n):
        yield i
