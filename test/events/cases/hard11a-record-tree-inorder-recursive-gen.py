# conformance mode=record
class Tree:
    def __init__(self, value):
        self.value = value
        self.left = None
        self.right = None

    def insert(self, value):
        if value < self.value:
            if self.left is None: self.left = Tree(value)
            else: self.left.insert(value)
        else:
            if self.right is None: self.right = Tree(value)
            else: self.right.insert(value)


    def walk(self):
        if self.left is not None: yield from self.left.walk()
        yield self.value
        if self.right is not None: yield from self.right.walk()


def build(values):
    root = Tree(values[0])
    for v in values[1:]:
        root.insert(v)

    return root

def main():
    tree = build([5, 2, 8, 1, 3])
    out = []
    for v in tree.walk():
        out.append(str(v))

    return ' '.join(out)

main()
