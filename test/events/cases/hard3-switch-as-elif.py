# conformance mode=record
class Unknown(Exception): pass
def code_of(name):
    if name == 'bad':
        raise Unknown(name)

    return len(name)

def route(items):
    r = 0
    for it in items:
        k = it
        if k == 'skip':
            continue
        elif k == 'stop':
            return r
        elif k == ('x' if code_of('abc') > 2 else 'y'):
            r += 1
            pass
        elif k == str(code_of(it)):
            r += 10
            pass
        else: r += 100

        r += 1000

    return r

def main():
    t = route(['x', 'skip', 'q', 'stop', 'x'])
    try:
        t += route(['x', 'bad'])
    except Unknown as e:
        t += 5

    return t

main()
