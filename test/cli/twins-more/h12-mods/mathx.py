def fact(n):
    # recursion
    if n <= 1:
        return 1
    return n * fact(n - 1)

def apply_all(fns, x):
    out = []
    for f in fns:
        out.append(f(x))
    return out

def never(a):
    return a + 1
__all__ = ["fact", "apply_all", "never"]
