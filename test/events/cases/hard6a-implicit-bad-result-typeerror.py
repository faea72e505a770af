# conformance mode=record
class Cell:
    def __init__(self, v):
        self.v = v

    def __str__(self):
        return 'c' + str(self.v) if self.v > 0 else self.wrap()

    def wrap(self):
        return [self.v]

    def __iter__(self):
        return self.v


def show(c):
    try:
        return f"<{c}>"
    except TypeError as e:
        return 'bad-str'


def walk(c):
    n = 0
    try:
        for x in c:
            n += 1

    except TypeError as e:
        n = -1

    return n

def main():
    s = show(Cell(2)) + show(Cell(-2))
    return s + str(walk(Cell(3)))

main()
