# conformance mode=locals
class Bad(Exception): pass
class Shape:
    def __init__(self, w):
        self.w = w

    def _get_area(self):
        if self.w < 0: raise Bad('neg')
        return self.w * self.w
    area = property(_get_area)

class Square(Shape):
    def __init__(self, w):
        super().__init__(w)
        tries = 0
        while tries < 3:
            try:
                self.cached = self.area
                break
            except Bad as e:
                self.w = Square.fix(self.w, tries)
            finally:
                tries += 1


        self.tries = tries

    def fix(w, t):
        label = 'fix' + str(t)
        return w + 2 if label != 'fix0' else w + 1
    fix = staticmethod(fix)

def main():
    a = Square(3).tries
    b = Square(-2).cached
    return a * 100 + b

main()
