// conformance mode=locals
class Counter {
  constructor() {
    this._n = 0;
  }
  get n() {
    const cur = this._n;
    return cur;
  }
  set n(v) {
    const old = this._n;
    this._n = v;
  }
}
function bump() {
  return 5;
}
function main() {
  const c = new Counter();
  c.n += 1;
  c.n += bump();
  c.n *= c.n;
  return c.n;
}
main();
