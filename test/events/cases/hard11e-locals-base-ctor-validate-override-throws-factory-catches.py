# conformance mode=locals
class Invalid(Exception): pass
class Model:
    def __init__(self, data):
        keys = len(data.keys())
        self.data = data
        self.validate(keys)
        self.ready = True

    def validate(self, n):
        if n == 0: raise Invalid('empty')

    def tryCreate(cls, data):
        made = 0
        try:
            m = cls(data); made = 1
            return m.describe() + str(made)
        except Exception as e:
            kind = 'invalid' if isinstance(e, Invalid) else 'other'
            return kind + str(made)
    tryCreate = classmethod(tryCreate)

    def describe(self):
        return 'model'


class User(Model):
    def __init__(self, data):
        super().__init__(data)
        self.role = 'u'

    def validate(self, n):
        super().validate(n)
        name = self.data.get('name')
        if len(name) < 2: raise Invalid('short')

    def describe(self):
        return 'user:' + self.data['name'] + self.role


def main():
    a = User.tryCreate({'name': 'ann'})
    b = User.tryCreate({'name': 'x'})
    c = User.tryCreate({})
    d = Model.tryCreate({'z': 1})
    return ' '.join([a, b, c, d])

main()
