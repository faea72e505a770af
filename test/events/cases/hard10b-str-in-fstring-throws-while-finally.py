# conformance mode=record
class Unprintable(Exception): pass
class Cell:
    def __init__(self, v):
        self.v = v

    def __str__(self):
        if self.v is None: raise Unprintable('none')
        return 'c' + str(self.v)


def render(cells):
    out = ''
    i = 0
    while i < len(cells):
        c = cells[i]; i += 1
        try:
            out += f'[{c}]'
        except Unprintable as e:
            out += '?'
            continue
        finally:
            out += ','

        out += ';'

    return out

def main():
    return render([Cell(1), Cell(None), Cell(Cell(2)), Cell(Cell(None))])

main()
