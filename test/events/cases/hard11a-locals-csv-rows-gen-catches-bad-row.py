# conformance mode=locals
class RowError(Exception): pass
def parseRow(line, width):
    cells = line.split(',')
    if len(cells) != width: raise RowError('width ' + str(len(cells)))
    qty = int(cells[1]) if cells[1].isdigit() else -1
    if not (qty >= 0): raise RowError('qty ' + cells[1])
    return [cells[0], qty]

def rows(text):
    lines = text.split(';')
    width = len(lines[0].split(','))
    lineNo = 1
    for line in lines[1:]:
        lineNo += 1
        try:
            name, qty = parseRow(line, width)
            yield name + '*' + str(qty); del name, qty
        except RowError as e:
            yield 'error@' + str(lineNo)
        finally:
            lineNo += 100; del line


    return lineNo

def main():
    out = []
    errors = 0
    for r in rows('name,qty;pen,2;bad;ink,-1;cap,7'):
        if r.startswith('error'): errors += 1
        out.append(r); del r

    return '|'.join(out) + ' errors=' + str(errors)

main()
