# conformance mode=locals
def outer(arr, opts):
    def pick(n):
        if n < 0: return a + b + x
        return n * 2

    a = pick(1) if len(arr) < 1 else arr[0]; b = pick(a) if len(arr) < 2 else arr[1]
    c = a + b
    x = pick(c) if 'x' not in opts else opts['x']; y = pick(x + 1) if 'y' not in opts else opts['y']
    return pick(-1) + y

outer([], {}); outer([5], {'y': 1}); outer([1, 2], {'x': 3})
