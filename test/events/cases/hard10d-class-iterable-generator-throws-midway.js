// conformance mode=record
class Broken extends Error {}
class Range {
  constructor(n, bad) {
    this.n = n;
    this.bad = bad;
  }
  *[Symbol.iterator]() {
    for (let i = 0; i < this.n; i++) {
      if (i === this.bad) throw new Broken('at ' + String(i));
      yield i * 10;
    }
  }
}
function total(r) {
  let s = 0;
  try {
    for (const v of r) {
      s += v;
    }
  } catch (e) {
    s = -s;
  }
  return s;
}
function main() {
  return total(new Range(3, -1)) + total(new Range(4, 2));
}
main();
