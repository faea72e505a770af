# conformance mode=back
def double(x):
    return x * 2

def via_map(xs):
    return list(map(double, xs))

def main():
    r = via_map([1, 2])
    return len(r)

main()
