// conformance mode=record
function visit(rows) {
  let seen = 0;
  for (const row of rows) {
    try {
      if (row === 0) {
        continue;
      }
      seen += row;
    } finally {
      seen += 100;
    }
  }
  return seen;
}
visit([0, 1]);
