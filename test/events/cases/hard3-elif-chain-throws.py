# conformance mode=record
class BadKind(Exception): pass
def is_kind(v, k):
    if k == 'z':
        raise BadKind(k)

    return v == k

def dispatch(v):
    r = 0
    if is_kind(v, 'a'):
        r = 1
    elif is_kind(v, 'b') or is_kind(v, 'c'):
        r = 2
    elif len(v) > 1 and is_kind(v, 'z'):
        r = 3
    elif is_kind(v, 'd'):
        r = 4
    else:
        r = 5

    return r

def main():
    total = 0
    for v in ['a', 'c', 'd', 'q', 'zz']:
        try:
            total = total * 10 + dispatch(v)
        except BadKind as e:
            total = total * 10 + 9


    return total

main()
