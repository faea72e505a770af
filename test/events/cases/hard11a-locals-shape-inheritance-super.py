# conformance mode=locals
class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    def describe(self):
        a = self.area()
        return self.name + '=' + str(a)


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__('rect')
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = 'square'

    def describe(self):
        base = super().describe()
        return base + '!'


def main():
    shapes = [Rect(2, 3), Square(4), Shape('dot')]
    out = ''
    for s in shapes:
        out += s.describe() + ';'

    return out

main()
