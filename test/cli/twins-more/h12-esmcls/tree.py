class Node:
    made = 0
    def __init__(self, v, kids):
        self.v = v
        self.kids = kids
        Node.made += 1
    @property
    def size(self):
        return 1 + __import__("functools").reduce(lambda a, b: a + b, map(lambda k: k.size, self.kids), 0)
    @classmethod
    def leaf(cls, v):
        return cls(v, [])
    def walk(self):
        yield self.v
        for k in self.kids:
            yield from k.walk()
    def depth(self):
        if not self.kids:
            return 1
        return 1 + max(map(lambda k: k.depth(), self.kids))
    def never(self):
        return -1
