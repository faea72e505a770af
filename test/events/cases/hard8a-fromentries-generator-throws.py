# conformance mode=record
class BadKey(Exception): pass
def norm(k):
    if k == '':
        raise BadKey('empty')

    return k.lower()

def pairs(src):
    i = 0
    for k in src:
        i += 1
        yield [norm(k), i]

    return i

def build(src):
    try:
        return len(dict(pairs(src)).keys())
    except BadKey as e:
        return -len(dict(pairs(src[0:1])))


def main():
    return build(['A', 'B']) * 10 + build(['C', '', 'D'])

main()
