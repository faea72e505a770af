# conformance mode=record
import re
class Deep(Exception): pass
def log(s):
    return s

def expand(s, depth):
    def sub(m):
        if depth > 2: raise Deep(m.group(0))
        try:
            return expand(m.group(0) * 2, depth + 1)
        except Deep as e:
            return '!' if depth == 1 else raise_again(e)
        finally:
            log(depth)


    return re.sub('[A-Z]', sub, s)

def raise_again(e):
    raise Deep(str(e) + '+')

def main():
    parts = list(map(lambda w: expand(w, 1), ['aB', 'c']))
    return ''.join(parts)

main()
