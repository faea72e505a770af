# conformance mode=record
def note(log, v):
    log.append(v)
    return len(log)

def worker(log):
    n = 0
    while True:
        try:
            got = yield n
            n += got
            if n > 5: raise Exception('over')
        finally:
            note(log, n)
            if n > 1: break

        n += 1

    yield -n
    note(log, 'end')

def main():
    log = []
    w = worker(log)
    out = next(w)
    out += w.send(1)
    out += w.throw(TypeError('stop'))
    last = next(w, None)
    w2 = worker(log)
    next(w2)
    out += w2.send(9)
    rest = next(w2, None)
    return out + len(log)

main()
