# conformance mode=record
def gen():
    yield 1
    raise Exception('bad')

def consume():
    t = 0
    try:
        for v in gen(): t += v
    finally:
        t = -t

    return t

def main():
    try:
        consume()
    except Exception as e:
        return 'caught'


main()
