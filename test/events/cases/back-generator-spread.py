# conformance mode=back
def pair(a):
    yield a
    yield a + 1

def collect():
    items = list(pair(5))
    return len(items)

collect()
