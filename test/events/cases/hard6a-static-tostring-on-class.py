# conformance mode=record
class Nameless(Exception): pass
class Base(type):
    def __str__(cls):
        return 'Model:' + cls.tableName()


class Model(metaclass=Base):
    def tableName(cls):
        if 'table' not in cls.__dict__:
            raise Nameless('table')

        return cls.table
    tableName = classmethod(tableName)

class User(Model):
    def tableName(cls):
        return 'u_' + super().tableName()
    tableName = classmethod(tableName)

def describe(cls):
    try:
        return f"<{cls}>"
    except Nameless as e:
        return 'anon'


def main():
    User.table = 'users'
    a = describe(User)
    b = describe(Model)
    return a + b

main()
