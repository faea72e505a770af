// conformance mode=back
class Broken extends Error {}
class Cell {
  constructor(v, inner) {
    this.v = v; this.inner = inner;
  }
  [Symbol.toPrimitive](hint) {
    if (hint === 'number') return this.num();
    return `<${show(this.v)}${this.inner === null ? '' : this.inner}>`;
  }
  num() {
    if (this.v < 0) throw new Broken(String(this.v));
    return this.inner === null ? this.v : this.v + +this.inner;
  }
}
function show(v) {
  if (v === 0) throw new Broken('zero');
  return String(v * 10);
}
function total(cells) {
  let sum = 0;
  for (const c of cells) {
    try {
      sum += +c;
    } catch (e) {
      sum -= 100;
    }
  }
  return sum;
}
function label(c) {
  try {
    return `[${c}]`;
  } catch (e) {
    return '?' + e.message;
  }
}
function main() {
  const a = new Cell(1, new Cell(2, new Cell(3, null)));
  const b = new Cell(4, new Cell(-5, null));
  const c = new Cell(6, new Cell(0, null));
  const n = total([a, b, c]);
  return label(a) + label(b) + label(c) + String(n);
}
main();
