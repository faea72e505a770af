# conformance mode=record
class Range(Exception): pass
class Box:
    def __init__(self):
        self._w = 1
        self._h = 1

    def _set_w(self, v):
        self._w = check(v)

    def _set_h(self, v):
        self._h = check(v)
    w = property(None, _set_w); h = property(None, _set_h)

def check(v):
    if v < 0:
        raise Range('neg')

    return v

def build(w, h):
    b = Box()
    try:
        list(map(setattr, [b, b], ['w', 'h'], [w, h]))
    except Range as e:
        return -b._w

    return b._w * b._h

def main():
    return build(2, 3) + build(4, -1) + build(-5, 6)

main()
