# conformance mode=locals
class Bad(Exception): pass
def outer(n):
    log = 0
    def bad(k):
        nonlocal log
        log = log + k; raise Bad(str(k))

    if n > 1: log = n; raise Bad('n')
    try:
        bad(n)
    except Bad as e:
        raise e


def main():
    r = 0
    for n in [3, 1]:
        try:
            outer(n)
        except Bad as e:
            r += n; del n


    return r

main()
