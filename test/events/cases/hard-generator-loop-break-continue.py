# conformance mode=record
def walk(items):
    count = 0
    for x in items:
        try:
            if x < 0:
                continue

            if x == 0:
                break

            yield x
        finally:
            count += 1


    yield count

def main():
    total = 0
    for v in walk([1, -1, 2, 0, 5]):
        total += v

    return total

main()
