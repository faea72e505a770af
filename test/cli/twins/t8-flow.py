def find(rows, target):
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v == target:
                return (r, c)
            if v < 0:
                break
    return None

def guarded(x):
    log = []
    try:
        if x > 1:
            return "big"
        log.append("small")
    finally:
        log.append("done")
    return log[0]

def retry(n):
    attempts = 0
    while True:
        attempts += 1
        try:
            if attempts < n:
                raise KeyError(attempts)
            break
        except KeyError:
            continue
    return attempts

print(find([[1, -1, 9], [2, 9]], 9))
print(find([[1]], 5))
print(guarded(2), guarded(0))
print(retry(3))
