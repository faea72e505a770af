// conformance mode=record
class Cell {
  constructor(v) {
    this.v = v;
  }
  toString() {
    return this.v > 0 ? 'c' + this.v : this.wrap();
  }
  wrap() {
    return [this.v];
  }
  [Symbol.iterator]() {
    return this.v;
  }
}
function show(c) {
  try {
    return `<${c}>`;
  } catch (e) {
    return 'bad-str';
  }
}
function walk(c) {
  let n = 0;
  try {
    for (const x of c) {
      n += 1;
    }
  } catch (e) {
    n = -1;
  }
  return n;
}
function main() {
  const s = show(new Cell(2)) + show(new Cell(-2));
  return s + walk(new Cell(3));
}
main();
