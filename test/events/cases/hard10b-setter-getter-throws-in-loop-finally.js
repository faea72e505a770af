// conformance mode=record
class Range extends Error {}
class Gauge {
  constructor() {
    this._v = 0;
  }
  get value() {
    if (this._v > 5) throw new Range('get');
    return this._v;
  }
  set value(v) {
    if (v < 0) throw new Range('set');
    this._v = v;
  }
}
function pump(g, steps) {
  let done = 0;
  for (const s of steps) {
    try {
      g.value += s;
      done += 1;
    } finally {
      done += 10;
    }
  }
  return done;
}
function main() {
  const g = new Gauge();
  let n = pump(g, [1, 2]);
  try {
    n += pump(g, [-5, 1]);
  } catch (e) {
    n += 1000;
  }
  try {
    n += pump(g, [4, 1]);
  } catch (e) {
    n += 2000;
  }
  return n;
}
main();
