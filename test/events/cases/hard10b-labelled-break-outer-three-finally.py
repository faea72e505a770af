# conformance mode=record
def log(tag, v):
    return v

def search(grid, target):
    hits = 0
    try:
        for row in grid:
            try:
                for v in row:
                    try:
                        if v == target: return
                        hits += 1
                    finally:
                        log('inner', v)


            finally:
                log('row', hits)


    finally:
        log('outer', hits)


def main():
    search([[1, 2], [3, 4]], 3)
    search([[5]], 9)
    return 0

main()
