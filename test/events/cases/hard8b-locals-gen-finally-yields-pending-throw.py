# conformance mode=locals
class Bad(Exception): pass
def risky(n):
    if n == 2: raise Bad('two')
    return n * 10

def worker(limit):
    done = 0
    i = 1
    try:
        while i <= limit:
            got = risky(i)
            yield got
            done += 1; i += 1; del got

    finally:
        tail = 'cleanup' + str(done)
        yield tail
        done = -1; del tail

    return done

def drive(limit):
    g = worker(limit)
    out = ''
    try:
        out += str(next(g))
        out += str(next(g))
        out += str(next(g, -1))
    except Bad as e:
        out += '!'

    return out

drive(3)
drive(1)
