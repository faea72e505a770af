# conformance mode=record
def scan(items):
    total = 0
    i = 0
    while True:
        i += 1
        if i > len(items): break
        if items[i - 1] < 0: continue
        total += items[i - 1]

    return total

scan([1, -2, 3])
