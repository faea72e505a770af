// conformance mode=record
function visit(rows) {
  let seen = 0;
  rows: for (const row of rows) {
    for (const v of row) {
      try {
        if (v === 0) {
          continue rows;
        }
        seen += v;
      } finally {
        seen += 100;
      }
    }
  }
  return seen;
}
visit([[1, 0, 5], [2]]);
