# conformance mode=locals
class Bad(Exception): pass
def g(n):
    log = 0
    def note(k):
        nonlocal log, n
        log += k; n += k

    try:
        note(1); raise Bad('g')
    finally:
        note(10)


def run():
    try:
        g(5)
    except Bad as e:
        return 1


run()
