# conformance mode=locals
class Over(Exception): pass
def check(v):
    if v > 5:
        raise Over('over')

    return v

def row(r):
    sum = 0
    for v in r:
        sum += v; check(sum); del v

    last = sum * 2; last = check(last) + 1
    return last

def grid(rows):
    out = 0
    try:
        out = len(list(map(row, rows)))
    except Over as e:
        out = -1

    return out

grid([[1, 1], [2, 1, 9, 4], [0]])
grid([[1, 2], [3]])
