# conformance mode=locals
class Bad(Exception): pass
def inner(n):
    d = n
    try:
        raise Bad('x')
    finally:
        tail = 'in' + str(d)
        d += 1; del tail


def outer(n):
    k = n
    try:
        inner(k)
    finally:
        note = k * 2
        k = note; del note

    return k

def main():
    try:
        return outer(3)
    except Bad as e:
        return -1


main()
