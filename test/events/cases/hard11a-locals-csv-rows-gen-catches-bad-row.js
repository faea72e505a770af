// conformance mode=locals
class RowError extends Error {}
function parseRow(line, width) {
  const cells = line.split(',');
  if (cells.length !== width) throw new RowError('width ' + String(cells.length));
  const qty = Number(cells[1]);
  if (!(qty >= 0)) throw new RowError('qty ' + cells[1]);
  return [cells[0], qty];
}
function* rows(text) {
  const lines = text.split(';');
  const width = lines[0].split(',').length;
  let lineNo = 1;
  for (const line of lines.slice(1)) {
    lineNo += 1;
    try {
      const [name, qty] = parseRow(line, width);
      yield name + '*' + String(qty);
    } catch (e) {
      yield 'error@' + String(lineNo);
    } finally {
      lineNo += 100;
    }
  }
  return lineNo;
}
function main() {
  const out = [];
  let errors = 0;
  for (const r of rows('name,qty;pen,2;bad;ink,-1;cap,7')) {
    if (r.startsWith('error')) errors += 1;
    out.push(r);
  }
  return out.join('|') + ' errors=' + String(errors);
}
main();
