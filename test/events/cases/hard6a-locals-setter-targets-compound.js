// conformance mode=locals
class Limit extends Error {}
class Meter {
  constructor() {
    this._lo = 0;
    this._hi = 0;
  }
  get lo() {
    return this._lo;
  }
  set lo(v) {
    const old = this._lo;
    this._lo = v + old;
  }
  get hi() {
    return this._hi;
  }
  set hi(v) {
    if (v > 9) {
      throw new Limit('hi');
    }
    this._hi = v;
  }
  step(k) {
    return k * 2;
  }
}
function main() {
  const m = new Meter();
  [m.lo, m.hi] = [1, 2];
  m.hi += m.step(3);
  try {
    [m.lo, m.hi] = [m.lo, m.hi + m.step(2)];
  } catch (e) {
    m.lo += 100;
  }
  return m.lo + m.hi;
}
main();
