# conformance mode=back
class Cycle(Exception): pass
table = {'a': 'x{b}y', 'b': '{c}!', 'c': 'z', 'd': '{e}', 'e': '{d}'}; pat = __import__('re').compile(r'\{(\w)\}')
def expand(text, depth):
    if depth > 3:
        raise Cycle(text)

    return pat.sub(lambda m: expand(table[m.group(1)], depth + 1), text)

def main():
    out = expand('<{a}{c}>', 0)
    try:
        out += expand('{d}', 0)
    except Cycle as e:
        out += '#'

    return out

main()
