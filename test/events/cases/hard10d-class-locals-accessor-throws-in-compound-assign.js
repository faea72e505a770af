// conformance mode=locals
class Limit extends Error {}
class Gauge {
  constructor(max) {
    this.max = max;
    this._v = 0;
  }
  get v() {
    const cur = this._v;
    if (cur < 0) throw new Limit('read');
    return cur;
  }
  set v(x) {
    const max = this.max;
    if (x > max) throw new Limit('write ' + String(x));
    this._v = x;
  }
}
function main() {
  const g = new Gauge(5);
  let fails = 0;
  for (const step of [2, 4, 1]) {
    try {
      g.v += step;
    } catch (e) {
      fails += 1;
    }
  }
  g._v = -1;
  try {
    g.v += 1;
  } catch (e) {
    fails += 10;
  }
  return fails;
}
main();
