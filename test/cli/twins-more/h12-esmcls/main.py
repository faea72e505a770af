from ops import build, by_key
from tree import Node

def report(t):
    vals = list(t.walk())
    print(t.size, t.depth(), " ".join(map(str, vals)))

t = build(3)
report(t)
print(" ".join(map(str, map(lambda n: n.v, by_key(t.kids, lambda n: n.v)))))
print(Node.made)
