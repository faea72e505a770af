// conformance mode=record
function find(grid, target, seen) {
  outer: for (const row of grid) {
    for (const v of row) {
      seen.push(v);
      if (v === target) {
        break outer;
      }
    }
  }
}
function main() {
  const seen = [];
  find([[1, 2], [3, 4], [5]], 3, seen);
  find([[1], [2]], 9, seen);
  return seen.length;
}
main();
