# conformance mode=back
class Deep(Exception): pass
def probe(n):
    return n

def down(n):
    if n == 6:
        raise Deep('bottom')

    if n == 2:
        try:
            return down(n + 1)
        except Deep as e:
            return probe(n)


    return down(n + 1)

down(1)
