// conformance mode=record
class Qty {
  constructor(n) {
    this.n = n;
  }
  valueOf() {
    return this.n * 10;
  }
}
class Name {
  constructor(s) {
    this.s = s;
  }
  toString() {
    return this.s.toUpperCase();
  }
}
function main() {
  const q = new Qty(4);
  const a = q * 2 + (+q);
  const b = '<' + new Name('ab') + '>';
  return b + String(a);
}
main();
