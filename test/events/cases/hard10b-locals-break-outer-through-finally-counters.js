// conformance mode=locals
class Odd extends Error {}
function check(v) {
  if (v % 2 === 1 && v > 4) throw new Odd('odd');
  return v;
}
function search(grid, target) {
  let hits = 0; let row = null; let v = 0;
  try {
    outer: for (row of grid) {
      try {
        for (v of row) {
          try {
            if (check(v) === target) break outer;
            hits += v;
          } finally {
            hits += 1;
          }
        }
      } finally {
        hits *= 2;
      }
    }
  } finally {
    hits = -hits;
  }
}
function main() {
  search([[1, 2], [3, 4], [6]], 4);
  try {
    search([[2], [5, 8]], 8);
  } catch (e) {
    return 1;
  }
  return 0;
}
main();
