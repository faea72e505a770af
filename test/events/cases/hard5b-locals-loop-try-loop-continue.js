// conformance mode=locals
class Bad extends Error {}
function parse(c) {
  if (c === 'x') {
    throw new Bad(c);
  }
  return c.length;
}
function rows(table) {
  let good = 0;
  let row, c, cells;
  for (row of table) {
    cells = 0;
    try {
      c = '';
      for (c of row) {
        cells += parse(c);
        if (cells > 2) {
          break;
        }
      }
      good += cells;
    } catch (e) {
      const lost = cells;
      good -= lost;
      continue;
    } finally {
      good += 100;
    }
    good += 1000;
  }
  return good;
}
rows(['ab', 'axb', 'abcd', '']);
