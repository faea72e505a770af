# conformance mode=back
class Syntax(Exception): pass
def tokens(text):
    for ch in text:
        if ch == ' ': continue
        yield ch

    yield '$'

def take(st):
    st['cur'] = next(st['gen'])
    return st['cur']

def list_(st):
    n = 0
    while take(st) != ']':
        if st['cur'] == '[': n += list_(st)
        elif st['cur'] == '$': raise Syntax('eof')
        else: n += 1

    return n

def parse(text):
    st = {'gen': tokens(text), 'cur': ''}
    try:
        if take(st) != '[': raise Syntax('start')
        return list_(st)
    except Syntax as e:
        return -1
    finally:
        while st['cur'] != '$':
            take(st)

        next(st['gen'], None)


def main():
    return parse('[a [b c] d] x') + parse('[a [b') + parse('q')

main()
