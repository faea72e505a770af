# conformance mode=back
def make():
    k = 3
    def times(x):
        return x * k

    return times

def apply(fn):
    return fn(2)

def main():
    t = make()
    return apply(t)

main()
