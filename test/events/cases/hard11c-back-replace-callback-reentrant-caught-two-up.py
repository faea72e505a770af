# conformance mode=back
class Loop(Exception): pass
defs = {'a': 'x{b}y', 'b': '{c}-{c}', 'c': 'z', 'd': '<{e}>', 'e': '{d}', 'f': '{a}{d}'}
def expand(text, depth):
    if depth > 3: raise Loop(text)
    return PAT.sub(lambda m: sub(m.group(1), depth), text)

def sub(k, depth):
    try:
        return expand(defs[k], depth + 1)
    except Loop as e:
        if depth % 2 == 1: raise Loop(k)
        return '!' + k


def render(text):
    try:
        return expand(text, 0)
    except Loop as e:
        return 'E' + str(e)


def main():
    r1 = render('[{a}]')
    r2 = render('{d}.')
    r3 = render('{f}')
    return r1 + r2 + r3

PAT = __import__('re').compile(r'\{(\w)\}'); main()
