# conformance mode=locals
def f(items):
    total = 0
    def add(v):
        nonlocal total
        total += v

    for it in items:
        d = it * 2
        add(d); del d, it

    if total > 5:
        big = total
        add(big); del big


f([1, 2])
