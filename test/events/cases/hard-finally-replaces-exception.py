# conformance mode=record
class Boom(Exception): pass
def fail():
    raise Exception('first')

def middle():
    try:
        fail()
    finally:
        raise Boom('second')


def local_replace():
    n = 0
    try:
        try:
            raise Exception('a')
        finally:
            n += 1
            raise TypeError('b')

    except TypeError as e:
        n += 10

    return n

def outer():
    try:
        middle()
    except Boom as e:
        return local_replace()


outer()
