# conformance mode=record
def source():
    yield 1
    raise Exception('src')

def doubler(s):
    while True:
        r = next(s, None)
        if r is None: return 0
        yield r * 2


def main():
    d = doubler(source())
    t = next(d)
    try:
        t += next(d)
    except Exception as e:
        t = -t

    return t

main()
