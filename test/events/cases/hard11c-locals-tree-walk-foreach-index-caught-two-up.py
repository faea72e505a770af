# conformance mode=locals
class Leaf(Exception): pass
out = []
def walk(node, i):
    name = node['name']
    if node.get('bad'): raise Leaf(name)
    size = 0
    try:
        list(map(walk, node['kids'], range(len(node['kids']))))
        size = count(node)
    except Leaf as e:
        if len(str(e)) < 2: raise Leaf(str(e) + '^')
        size = -1

    out.append(name + str(i) + '=' + str(size))

def count(node):
    n = len(node['kids'])
    return n + 1

def main():
    tree = {'name': 'r', 'kids': [{'name': 'a', 'kids': [{'name': 'b', 'kids': []}, {'name': 'c', 'kids': [{'name': 'x', 'bad': True, 'kids': []}]}]}, {'name': 'd', 'kids': []}]}
    walk(tree, 0)
    return ' '.join(out)

main()
