# conformance mode=record
def note(log, s):
    log.append(s)
    return len(log)

def search(grid, target, log):
    for row in grid:
        try:
            j = 0
            while j < len(row):
                if row[j] < 0:
                    break

                for d in [0, 1]:
                    if row[j] + d == target:
                        return j * 10 + d


                j += 1

            if j == 0:
                continue

        finally:
            note(log, 'f')

        note(log, 'r')

    return -1

def main():
    log = []
    r = search([[-1], [1, -2, 9], [4, 6]], 7, log)
    r += search([[1]], 5, log)
    return r + len(log)

main()
