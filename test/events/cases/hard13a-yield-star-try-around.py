# conformance mode=record
def inner(n):
    yield n
    raise Exception('inner')

def outer():
    try:
        yield from inner(1)
    except Exception as e:
        yield 5

    yield 9

def main():
    t = 0
    for v in outer(): t += v
    return t

main()
