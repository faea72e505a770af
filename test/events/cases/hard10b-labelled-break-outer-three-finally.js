// conformance mode=record
function log(tag, v) {
  return v;
}
function search(grid, target) {
  let hits = 0;
  try {
    outer: for (const row of grid) {
      try {
        for (const v of row) {
          try {
            if (v === target) break outer;
            hits += 1;
          } finally {
            log('inner', v);
          }
        }
      } finally {
        log('row', hits);
      }
    }
  } finally {
    log('outer', hits);
  }
}
function main() {
  search([[1, 2], [3, 4]], 3);
  search([[5]], 9);
  return 0;
}
main();
