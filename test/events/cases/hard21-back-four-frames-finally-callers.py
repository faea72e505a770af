# conformance mode=back
class E(Exception): pass
def note(k):
    try:
        if k == 'c':
            raise E('inner')

        return k
    except E:
        return 'x'


def d(n):
    try:
        if n > 2:
            raise E('deep')

    finally:
        note('d')


def c(n):
    try:
        d(n + 1)
    finally:
        note('c')


def b(n):
    for i in range(2):
        try:
            c(n + i)
        finally:
            note('b')



def a():
    try:
        b(1)
    except E as e:
        return note('a')


a()
