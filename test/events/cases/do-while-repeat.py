# conformance mode=record
def countdown(n):
    total = 0
    while True:
        n -= 1; total += n
        if not n > 0: break
    return total

countdown(3)
