# conformance mode=locals
class BadSize(Exception): pass
class BuildFailed(Exception): pass
class Shape:
    def __init__(self, size):
        min = 1
        self.size = size if size > min else min

    def _set_size(self, v):
        if v > 5:
            raise BadSize('size')

        self._size = v
    size = property(None, _set_size)

class Box(Shape):
    def __init__(self, size):
        twice = size * 2
        try:
            super().__init__(twice)
        except BadSize as e:
            why = 'box ' + str(twice)
            raise BuildFailed(why)

        self.tag = 'box'


def make(n):
    made = Box(n)
    return made._size

def main():
    total = make(2)
    try:
        total += make(3)
    except BuildFailed as e:
        total += 10

    return total

main()
