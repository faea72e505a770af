from tree import Node

def build(n):
    # a chain with leaves
    if n == 0:
        return Node.leaf(0)
    return Node(n, [build(n - 1), Node.leaf(-n)])

def by_key(nodes, key):
    return sorted(nodes, key=__import__("functools").cmp_to_key(lambda a, b: key(a) - key(b)))
