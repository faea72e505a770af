# conformance mode=record
def best(pairs):
    top = ''
    score = -1
    for name, s in pairs:
        if s > score:
            top = name
            score = s


    return top

best([['ann', 3], ['bob', 5], ['cy', 4]])
