# conformance mode=record
def inner(n):
    yield n
    raise Exception('inner')

def outer():
    yield 0
    yield from inner(1)
    yield 9

def main():
    got = []
    try:
        for v in outer(): got.append(v)
    except Exception as e:
        got.append(-1)

    return len(got)

main()
