# conformance mode=record
class Wrapped(Exception): pass
def inner(v):
    try:
        try:
            if v < 0:
                raise Exception('neg')

            return v
        except Exception as e:
            raise Wrapped('wrapped')
        finally:
            v = 0

    except Wrapped as e:
        return -1


inner(4)
inner(-4)
