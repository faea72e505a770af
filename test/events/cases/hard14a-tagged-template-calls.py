# conformance mode=record
def tag(strings, a, b):
    parts = len(strings)
    return parts + a + b

def val(x):
    return x * 10

def main():
    t = tag(['one', 'two', ''], val(1), val(2))
    r = 'x' + str(val(3)) + 'y'
    return t + len(r)

main()
