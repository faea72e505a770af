// conformance mode=record
function note(log, s) {
  log.push(s);
  return log.length;
}
function search(grid, target, log) {
  for (const row of grid) {
    try {
      let j = 0;
      while (j < row.length) {
        if (row[j] < 0) {
          break;
        }
        for (const d of [0, 1]) {
          if (row[j] + d === target) {
            return j * 10 + d;
          }
        }
        j += 1;
      }
      if (j === 0) {
        continue;
      }
    } finally {
      note(log, 'f');
    }
    note(log, 'r');
  }
  return -1;
}
function main() {
  const log = [];
  let r = search([[-1], [1, -2, 9], [4, 6]], 7, log);
  r += search([[1]], 5, log);
  return r + log.length;
}
main();
