# conformance mode=back
def probe(x):
    if x % 3 == 0: raise Exception('three ' + str(x))
    return x

def scan(items, depth):
    try:
        if depth > 0: return scan(items, depth - 1) + 1
        return probe(items[0])
    finally:
        for it in items:
            if it == depth: continue
            if it > depth + 4: return -it



def outer(items):
    try:
        return scan(items, 2)
    except Exception as e:
        return probe(1)


def main():
    a = outer([3, 1, 9])
    b = outer([3, 2])
    c = outer([4, 5])
    return a + b + c

main()
