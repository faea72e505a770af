# conformance mode=locals
class Bad(Exception): pass
def parse(c):
    if c == 'x':
        raise Bad(c)

    return len(c)

def rows(table):
    good = 0
    row = c = cells = None
    for row in table:
        cells = 0
        try:
            c = ''
            for c in row:
                cells += parse(c)
                if cells > 2:
                    break


            good += cells
        except Bad as e:
            lost = cells
            good -= lost
            del lost; continue
        finally:
            good += 100

        good += 1000

    return good

rows(['ab', 'axb', 'abcd', ''])
