# conformance mode=record
class Base:
    def __init__(self):
        self._x = 1

    def _get_x(self):
        return self._x

    def _set_x(self, v):
        self._x = v
    x = property(_get_x, _set_x)

class Derived(Base):
    def _get_x(self):
        return Base.x.fget(self) * 100

    def _set_x(self, v):
        Base.x.fset(self, v + 1)

    def bump(self):
        Base.x.fset(self, Base.x.fget(self) + 5)
        self.x += 1
        return self._x
    x = property(_get_x, _set_x)

def main():
    return Derived().bump()

main()
