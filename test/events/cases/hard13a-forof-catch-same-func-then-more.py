# conformance mode=record
def gen(n):
    yield 1
    if n > 0: raise Exception('bad')
    yield 2

def main():
    t = 0
    try:
        for v in gen(1):
            t += v

    except Exception as e:
        t += 10

    for v in gen(0): t += v
    return t

main()
