# conformance mode=locals
def make_acc(start):
    total = start
    calls = 0
    def add(x):
        nonlocal total, calls; calls += 1
        total += x
        return total

    def peek():
        return calls

    return [add, peek]

def feed(fn, a, b):
    fn(a)
    return fn(b)

def main():
    add, peek = make_acc(10)
    r = feed(add, 1, 2)
    return r + peek()

main()
