# conformance mode=back
def depth(n, d=None):
    d = (depth(n - 1) + 1 if n > 0 else 0) if d is None else d
    return d * 10 + n

def main():
    return depth(2)

main()
