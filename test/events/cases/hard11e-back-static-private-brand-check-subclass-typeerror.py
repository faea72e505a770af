# conformance mode=back
class Empty(Exception): pass
class Registry:
    def __init__(self, key):
        self.key = key

    def _norm(s):
        if len(s) == 0: raise Empty('empty')
        return s.lower()
    _norm = staticmethod(_norm)
    def create(cls, s):
        return cls((Registry._norm if cls is Registry else None)(s))
    create = classmethod(create)
    def createAll(list):
        return '+'.join(map(lambda s: Registry.create(s).key, list))
    createAll = staticmethod(createAll)

class Special(Registry):
    def build(cls, s):
        return cls.create(s)
    build = classmethod(build)

def attempt(fn, arg):
    try:
        return fn(arg)
    except Exception as e:
        return 'brand' if isinstance(e, TypeError) else 'range' if isinstance(e, Empty) else 'other'


def main():
    a = attempt(lambda s: Registry.create(s).key, 'AB')
    b = attempt(lambda s: Special.build(s).key, 'CD')
    c = attempt(lambda l: Registry.createAll(l), ['X', 'Y'])
    d = attempt(lambda l: Registry.createAll(l), ['Z', ''])
    return ','.join([a, b, c, d])

main()
