# conformance mode=record
class Hidden(Exception): pass
class Tag:
    def __init__(self, v):
        self.v = v

    def toJSON(self):
        return 't' + str(self.v)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def toJSON(self):
        if self.x < 0:
            raise Hidden('x')

        return {'x': self.x, 'tags': self.tags()}

    def tags(self):
        return [Tag(self.y), Tag(self.y + 1)]


def dump(points):
    text = ''
    try:
        text = __import__('json').dumps({'list': points}, separators=(',', ':'), default=__import__('operator').methodcaller('toJSON'))
    except Hidden as e:
        text = 'hidden'

    return text

def main():
    a = dump([Point(1, 2), Point(3, 4)])
    b = dump([Point(5, 6), Point(-1, 0)])
    return len(a) + len(b)

main()
