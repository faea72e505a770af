// conformance mode=record
function first_positive(rows) {
  const found = [];
  outer: for (const row of rows) {
    for (const v of row) {
      if (v > 0) {
        found.push(v);
        continue outer;
      }
    }
  }
  return found.length;
}
first_positive([[-1, 2, 3], [-4, -5], [6]]);
