from shapes import Base, Derived, count

def build(kind, n):
    return Derived(n) if kind == "d" else Base(n)

items = list(map(lambda i: build("d" if i % 2 else "b", i), count(3)))
print("; ".join(map(lambda s: s.describe(), items)))
srt = sorted([*items], key=__import__("functools").cmp_to_key(lambda a, b: b.size - a.size))
print(" ".join(map(lambda s: str(s.size), srt)))
