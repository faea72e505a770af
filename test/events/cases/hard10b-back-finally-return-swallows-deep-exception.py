# conformance mode=back
class Deep(Exception): pass
def leaf(n):
    if n == 0: raise Deep('leaf')
    return leaf(n - 1) + 1

def middle(n):
    try:
        return leaf(n)
    finally:
        note(n)


def note(n):
    return n * 2

def top(n):
    try:
        middle(n)
    finally:
        if n < 3: return note(-n)

    return 7

def main():
    a = top(2)
    try:
        b = top(4)
    except Deep as e:
        b = note(5)

    return a + b

main()
