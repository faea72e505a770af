# conformance mode=back
class BadLeaf(Exception): pass
def check(leaf):
    if leaf == 'bad': raise BadLeaf(leaf)
    return len(leaf)

def walk(node, depth):
    if isinstance(node, str):
        check(node)
        yield node
        return

    for child in node:
        yield from walk(child, depth + 1)


def collect(tree):
    out = []
    try:
        for leaf in walk(tree, 0):
            out.append(leaf)

    except BadLeaf as e:
        out.append('!' + str(e))

    return len(out)

def main():
    total = collect([['a', ['b', 'bad']], 'c'])
    total += collect([['x'], 'y'])
    return total

main()
