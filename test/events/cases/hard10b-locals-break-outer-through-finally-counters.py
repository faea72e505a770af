# conformance mode=locals
class Odd(Exception): pass
def check(v):
    if v % 2 == 1 and v > 4: raise Odd('odd')
    return v

def search(grid, target):
    hits = 0; row = None; v = 0
    try:
        for row in grid:
            try:
                for v in row:
                    try:
                        if check(v) == target: return
                        hits += v
                    finally:
                        hits += 1


            finally:
                hits *= 2


    finally:
        hits = -hits


def main():
    search([[1, 2], [3, 4], [6]], 4)
    try:
        search([[2], [5, 8]], 8)
    except Odd as e:
        return 1

    return 0

main()
