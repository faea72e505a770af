# conformance mode=record
def letters():
    yield 'a'
    yield 'b'
    return 'done'

def join():
    s = ''
    for ch in letters():
        s += ch

    return s

join()
