# conformance mode=locals
def tally(n):
    total = 0
    i = 0
    while i < n:
        sq = i * i
        total += sq
        i += 1; del sq

    return total

tally(2)
