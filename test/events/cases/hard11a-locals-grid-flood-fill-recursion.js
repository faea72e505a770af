// conformance mode=locals
function parseGrid(rows) {
  const grid = [];
  for (const row of rows) {
    grid.push(row.split(''));
  }
  return grid;
}
function fill(grid, r, c, seen) {
  if (r < 0 || r >= grid.length || c < 0 || c >= grid[0].length) return 0;
  const key = String(r) + ',' + String(c);
  if (seen.has(key) || grid[r][c] !== '.') return 0;
  seen.add(key);
  let size = 1;
  for (const [dr, dc] of [[1, 0], [-1, 0], [0, 1], [0, -1]]) {
    size += fill(grid, r + dr, c + dc, seen);
  }
  return size;
}
function regions(rows) {
  const grid = parseGrid(rows);
  const seen = new Set();
  const sizes = [];
  let r = 0;
  while (r < grid.length) {
    let c = 0;
    while (c < grid[r].length) {
      const size = fill(grid, r, c, seen);
      if (size > 0) sizes.push(String(size));
      c += 1;
    }
    r += 1;
  }
  return sizes.join('+');
}
regions(['..#', '#.#', '##.']);
