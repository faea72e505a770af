# conformance mode=record
def entries(n):
    for i in [1, 2, 3]:
        if i > n: raise Exception('too far')
        yield (i, i * i)


def main():
    m = None
    try:
        m = dict(entries(2))
    except Exception as e:
        m = dict(entries(3))

    return len(m)

main()
