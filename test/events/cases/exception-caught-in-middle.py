# conformance mode=record
def leaf(n):
    raise Exception('leaf ' + str(n))

def lower(n):
    r = leaf(n)
    return r

def middle(n):
    try:
        return lower(n)
    except Exception as e:
        return 'recovered'


def top():
    v = middle(1)
    return v

top()
