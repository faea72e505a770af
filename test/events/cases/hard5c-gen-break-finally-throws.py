# conformance mode=record
class Cleanup(Exception): pass
def release(n):
    if n > 1:
        raise Cleanup('busy')

    return n

def lease(n):
    try:
        yield n
    finally:
        release(n)


def take(n):
    got = 0
    for v in (g := lease(n)):
        got = v
        next(g, None); break

    return got

def main():
    r = take(1)
    try:
        r += take(2)
    except Cleanup as e:
        r += 100

    return r

main()
