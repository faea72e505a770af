# conformance mode=locals
class Dir:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.files = {}

    def add(self, child):
        self.children.append(child)
        return child

    def _size(self):
        total = 0
        for f in self.files: total += self.files[f]; del f
        for child in self.children:
            sub = child.size
            total += sub; del sub

        return total
    size = property(_size)
    def walk(self, prefix):
        path = prefix + self.name + '/'
        yield path + ':' + str(self.size)
        for child in self.children:
            yield from child.walk(path)



def build():
    root = Dir('')
    root.files['readme'] = 3
    src = root.add(Dir('src'))
    src.files['main'] = 10
    src.add(Dir('lib')).files['util'] = 5
    root.add(Dir('empty'))
    return root

def main():
    lines = []
    for line in build().walk(''):
        lines.append(line); del line

    return ' '.join(lines)

main()
