# conformance mode=back
SCALE = 3
class Temp:
    def __init__(self, c):
        self.c = c

    def _get_f(self):
        return self.c * Temp.factor() + 32

    def _set_f(self, v):
        self.c = (v - 32) // Temp.factor()
    f = property(_get_f, _set_f)
    def factor():
        return SCALE - 1
    factor = staticmethod(factor)

def main():
    t = Temp(10)
    before = t.f
    t.f = before + 18
    return t.c

main()
