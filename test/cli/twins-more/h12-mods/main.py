import sys
import geom
from mathx import fact, apply_all

def describe(shapes):
    # sort by area, largest first
    ordered = sorted(shapes, key=__import__("functools").cmp_to_key(lambda a, b: -a.area - -b.area))
    areas = list(map(lambda s: s.area, ordered))
    return ",".join(map(str, areas))

def outer(k):
    def inner(v):
        return v + k
    return inner

shapes = [geom.Rect(2, 3), geom.Rect.square(4), geom.Rect(1, 1).scaled(5)]
print(describe(shapes))
print(" ".join(map(str, apply_all([outer(1), outer(10), lambda v: v * v], 7))))
print(fact(6), shapes[0].perms())
