# conformance mode=back
class Bad(Exception): pass
class Base:
    def __init__(self, v):
        self.value = v

    def _get_value(self):
        return self._v

    def _set_value(self, v):
        self._v = Base.check(v)

    def check(v):
        if v < 0: raise Bad('neg')
        return v
    value = property(_get_value, _set_value); check = staticmethod(check)

class Child(Base):
    def __init__(self, v):
        super().__init__(v * 2)
        self.extra = self.value + 1

    def _get_value(self):
        return Base.value.fget(self) * 10

    def _set_value(self, v):
        Base.value.fset(self, v - 1)
    value = property(_get_value, _set_value)

def make(v):
    try:
        return Child(v).extra
    except Bad as e:
        return -1


make(3)
make(0)
