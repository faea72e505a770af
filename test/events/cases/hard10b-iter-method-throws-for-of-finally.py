# conformance mode=record
class Broken(Exception): pass
class Source:
    def __init__(self, items, ok):
        self.items = items; self.ok = ok

    def __iter__(self):
        if not self.ok: raise Broken('iter')
        return gen(self.items)


def gen(items):
    for x in items:
        if x < 0: raise Broken('neg')
        yield x * 2


def total(src):
    t = 0
    try:
        for v in src:
            t += v

    finally:
        t += 1000

    return t

def main():
    r = total(Source([1, 2], True))
    for src in [Source([3, -1, 4], True), Source([5], False)]:
        try:
            r += total(src)
        except Broken as e:
            r += 1


    return r

main()
