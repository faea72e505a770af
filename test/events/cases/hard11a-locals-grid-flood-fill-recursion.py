# conformance mode=locals
def parseGrid(rows):
    grid = []
    for row in rows:
        grid.append(list(row)); del row

    return grid

def fill(grid, r, c, seen):
    if r < 0 or r >= len(grid) or c < 0 or c >= len(grid[0]): return 0
    key = str(r) + ',' + str(c)
    if key in seen or grid[r][c] != '.': return 0
    seen.add(key)
    size = 1
    for dr, dc in [[1, 0], [-1, 0], [0, 1], [0, -1]]:
        size += fill(grid, r + dr, c + dc, seen); del dr, dc

    return size

def regions(rows):
    grid = parseGrid(rows)
    seen = set()
    sizes = []
    r = 0
    while r < len(grid):
        c = 0
        while c < len(grid[r]):
            size = fill(grid, r, c, seen)
            if size > 0: sizes.append(str(size))
            c += 1; del size

        r += 1; del c

    return '+'.join(sizes)

regions(['..#', '#.#', '##.'])
