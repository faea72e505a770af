# conformance mode=record
def more(n):
    return n < 0

def once(n):
    steps = 0
    while True:
        steps += 1
        n -= 1
        if not more(n): break
    return steps

once(3)
