# conformance mode=record
class NotNumber(Exception): pass
class Kind(type):
    def __instancecheck__(cls, v):
        return cls.accepts(v)


class Even(metaclass=Kind):
    def accepts(v):
        if type(v) is not int:
            raise NotNumber('nan')

        return v % 2 == 0
    accepts = staticmethod(accepts)

def classify(xs):
    evens = 0
    for x in xs:
        try:
            if isinstance(x, Even):
                evens += 1

        except NotNumber as e:
            evens -= 10


    return evens

classify([1, 2, 'x', 4])
