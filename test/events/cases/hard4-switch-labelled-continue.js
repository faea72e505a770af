// conformance mode=record
function tally(rows, cap) {
  let total = 0;
  outer: for (const row of rows) {
    for (const v of row) {
      switch (v) {
        case 0:
          continue outer;
        case 1:
          if (total > cap) {
            break;
          }
          total += 5; break;
        case 2:
          try {
            total += 2;
            break;
          } finally {
            total += 7;
          }
        case 3:
          continue;
        default:
          total += v;
      }
      total += 1;
    }
  }
  return total;
}
tally([[1, 2, 0, 9], [3, 4, 1], [0], [1, 1]], 20);
