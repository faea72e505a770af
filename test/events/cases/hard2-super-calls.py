# conformance mode=record
class Shape:
    def __init__(self, n):
        self.n = n

    def describe(self):
        return self.kind() + str(self.n)

    def kind(self):
        return 'shape'


class Square(Shape):
    def __init__(self, n):
        super().__init__(n * n)
        self.side = n

    def kind(self):
        return 'square'

    def describe(self):
        return '[' + super().describe() + ']'


def main():
    s = Square(3)
    return s.describe()

main()
