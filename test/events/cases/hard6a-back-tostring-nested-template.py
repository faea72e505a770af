# conformance mode=back
class Node:
    def __init__(self, name, child):
        self.name = name
        self.child = child

    def __str__(self):
        if self.child:
            return f"{self.name}({self.child})"

        return self.leaf()

    def leaf(self):
        return self.name + '.'


def show(n):
    return 'tree ' + str(n)

def main():
    t = Node('a', Node('b', Node('c', None)))
    return show(t) + f"|{t.child}"

main()
