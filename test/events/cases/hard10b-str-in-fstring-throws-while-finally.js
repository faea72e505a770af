// conformance mode=record
class Unprintable extends Error {}
class Cell {
  constructor(v) {
    this.v = v;
  }
  toString() {
    if (this.v === null) throw new Unprintable('none');
    return 'c' + String(this.v);
  }
}
function render(cells) {
  let out = '';
  let i = 0;
  while (i < cells.length) {
    const c = cells[i]; i += 1;
    try {
      out += `[${c}]`;
    } catch (e) {
      out += '?';
      continue;
    } finally {
      out += ',';
    }
    out += ';';
  }
  return out;
}
function main() {
  return render([new Cell(1), new Cell(null), new Cell(new Cell(2)), new Cell(new Cell(null))]);
}
main();
