# conformance mode=locals
def outer(n):
    count = 0
    last = ''
    def tick(tag):
        nonlocal count, last
        count += 1; last = tag
        return count

    while tick('w') < n:
        if count % 2: continue
        tick('b')


def main():
    outer(5); outer(1)

main()
