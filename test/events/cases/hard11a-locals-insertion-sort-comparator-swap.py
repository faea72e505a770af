# conformance mode=locals
def byLengthThenAlpha(a, b):
    if len(a) != len(b): return len(a) - len(b)
    if a < b: return -1
    return 1 if a > b else 0

def insertionSort(items, compare):
    a = items[:]
    swaps = 0
    i = 1
    while i < len(a):
        j = i
        while j > 0 and compare(a[j - 1], a[j]) > 0:
            a[j - 1], a[j] = a[j], a[j - 1]
            swaps += 1
            j -= 1

        i += 1; del j

    return [a, swaps]

def dedupe(sorted):
    out = []
    last = None
    for s in sorted:
        if s == last: del s; continue
        out.append(s)
        last = s; del s

    return out

def main():
    sorted, swaps = insertionSort(['pear', 'fig', 'apple', 'fig', 'kiwi'], byLengthThenAlpha)
    unique = dedupe(sorted)
    return ','.join(unique) + ' ' + str(swaps)

main()
