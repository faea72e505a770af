def countdown(n):
    while n > 0:
        yield n
        n -= 1

def evens(limit):
    out = []
    for v in countdown(limit):
        if v % 2:
            continue
        out.append(v)
    k = 0
    while True:
        k += 1
        if k > 2:
            break
    return out

print(",".join(map(str, evens(5))))
