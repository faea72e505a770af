# conformance mode=record
def count_pairs(n):
    pairs = 0
    # outer:
    for i in range(n):
        for j in range(n):
            if j > i: break
            pairs += 1


    return pairs

count_pairs(3)
