# conformance mode=back
class Deep(Exception): pass
def makeTree(maxDepth):
    class Tree:
        def __init__(self, kids):
            self.kids = kids

        def leaf(cls):
            return cls([])
        leaf = classmethod(leaf)
        def of(*kids):
            return Tree(list(kids))
        of = staticmethod(of)
        def _walk(self, node, depth):
            if depth > maxDepth: raise Deep('depth ' + str(depth))
            n = 1
            for k in node.kids: n += self._walk(k, depth + 1)
            return n

        def size(self):
            return self._walk(self, 0)


    return Tree

def measure(tree):
    return tree.size()

def safe(tree):
    try:
        return measure(tree)
    except Deep as e:
        return -1 if isinstance(e, Deep) else -2


def main():
    T1 = makeTree(1)
    T2 = makeTree(3)
    small = T1.of(T1.leaf(), T1.leaf())
    tall = T1.of(T1.of(T1.leaf()))
    other = T2.of(T2.of(T2.leaf()))
    same = (1 if isinstance(small, T1) else 0) + (10 if isinstance(other, T1) else 0)
    return ','.join(map(str, [safe(small), safe(tall), safe(other), same]))

main()
