# conformance mode=record
def find(grid, target, seen):
    for row in grid:
        for v in row:
            seen.append(v)
            if v == target:
                return




def main():
    seen = []
    find([[1, 2], [3, 4], [5]], 3, seen)
    find([[1], [2]], 9, seen)
    return len(seen)

main()
