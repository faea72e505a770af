# conformance mode=back
class Shape:
    def __init__(self, name):
        self.name = name
        self.label = self.describe()

    def describe(self):
        return 'shape ' + self.name


class Circle(Shape):
    def _fields_circle(self): self.suffix = self.unit()
    def __init__(self, r):
        super().__init__('circle'); self._fields_circle()
        self.r = r

    def unit(self):
        return 'cm' + str(0 if getattr(self, 'r', None) is None else self.r)

    def describe(self):
        s = '?' if getattr(self, 'suffix', None) is None else self.suffix
        return super().describe() + ':' + s


class Ring(Circle):
    def _fields_ring(self): self.inner = self.describe()
    def __init__(self, r):
        super().__init__(r + 1); self._fields_ring()

    def describe(self):
        return 'ring(' + super().describe() + ')'


def main():
    c = Circle(2)
    g = Ring(5)
    return c.label + '/' + c.describe() + '/' + g.label + '/' + g.inner + '/' + g.describe()

main()
