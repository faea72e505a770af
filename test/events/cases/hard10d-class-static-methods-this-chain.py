# conformance mode=back
class Registry:
    def create(cls, kind):
        return cls.normalize(kind) + cls.suffix()

    def normalize(cls, kind):
        if kind == '': raise Exception('empty')
        return kind.lower()

    def suffix(cls):
        return '-v1'
    create = classmethod(create); normalize = classmethod(normalize); suffix = classmethod(suffix)

class Special(Registry):
    def suffix(cls):
        return super().suffix() + '!'
    suffix = classmethod(suffix)

def main():
    out = Registry.create('A') + Special.create('B')
    try:
        out += Special.create('')
    except Exception as e:
        out += '?'

    return out

main()
