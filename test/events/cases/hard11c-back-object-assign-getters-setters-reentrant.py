# conformance mode=back
class Invalid(Exception): pass
class Target:
    def __init__(self):
        self.log = []

    def _set_a(self, v):
        self.log.append(check(v))

    def _set_b(self, v):
        setattr(self, 'a', v * 2)
    a = property(None, _set_a); b = property(None, _set_b)

def check(v):
    if v > 50: raise Invalid(str(v))
    return v

def readA(self):
    return grow(self.n)

def readB(self):
    return self.a + 1

def grow(n):
    return n * 3

def source(n):
    s = Src()
    s.n = n
    return s

def build(n):
    t = Target()
    try:
        list(map(setattr, [t] * 3, KEYS, map(getattr, [source(n)] * 3, KEYS)))
    except Invalid as e:
        t.log.append(-1)

    return ','.join(map(str, t.log)) + ':' + str(t.n)

def main():
    return build(2) + '/' + build(7) + '/' + build(20)

KEYS = ('n', 'a', 'b'); Src = type('Src', (), {'a': property(readA), 'b': property(readB)}); main()
