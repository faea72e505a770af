# conformance mode=record
class Rejected(Exception): pass
def reviver(text):
    n = int(text)
    if n == 2:
        raise Rejected('two')

    return n * 10

def load(text):
    out = None
    try:
        out = __import__('json').loads(text, parse_int=reviver)
    except Rejected as e:
        raise TypeError('load ' + str(len(text)))
    finally:
        for c in 'ab':
            out = out


    return out

def main():
    total = load('5')
    try:
        total += load('[1, 2, 3]')
    except TypeError as e:
        total += 1

    return total

main()
