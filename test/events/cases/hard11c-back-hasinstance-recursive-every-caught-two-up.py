# conformance mode=back
class Unknown(Exception): pass
class Kind(type):
    def __instancecheck__(cls, v):
        return cls.test(v)


class Int(metaclass=Kind):
    def test(v):
        if v is None: raise Unknown('null')
        return type(v) is int
    test = staticmethod(test)

class Text(metaclass=Kind):
    def test(v):
        return type(v) is str
    test = staticmethod(test)

class Scalar(metaclass=Kind):
    def test(v):
        if isinstance(v, Int): return True
        return isinstance(v, Text)
    test = staticmethod(test)

class Many(metaclass=Kind):
    def test(v):
        if type(v) is not list: return False
        return all(map(isScalar, v))
    test = staticmethod(test)

def isScalar(x):
    try:
        return isinstance(x, Scalar)
    except Unknown as e:
        return isinstance(x, Many)


def classify(xs):
    out = []
    for x in xs:
        out.append('M' if isinstance(x, Many) else 'S' if isScalar(x) else '-')

    return ''.join(out)

classify([1, 'a', [2, 'b'], [None], None, [[3]], {}])
