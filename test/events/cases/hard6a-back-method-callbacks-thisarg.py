# conformance mode=back
class Reject(Exception): pass
class Pipeline:
    def __init__(self, min):
        self.min = min

    def keep(self, x):
        return x.weight() >= self.min

    def convert(self, x):
        return self.label(x.weight())

    def label(self, w):
        if w > 8:
            raise Reject('heavy')

        return 'w' + str(w)

    def run(self, items):
        kept = list(filter(self.keep, items))
        kept.sort(key=__import__('functools').cmp_to_key(lambda a, b: a.weight() - b.weight()))
        return list(map(self.convert, kept))


class Box:
    def __init__(self, w):
        self.w = w

    def weight(self):
        return self.w


def main():
    p = Pipeline(2)
    out = p.run([Box(5), Box(1), Box(3)])
    try:
        out = p.run([Box(9)])
    except Reject as e:
        out = []

    return len(out)

main()
