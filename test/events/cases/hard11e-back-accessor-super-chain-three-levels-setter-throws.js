// conformance mode=back
class Clamp extends Error {}
class Cell {
  get value() {
    return this._v;
  }
  set value(v) {
    this._v = v;
  }
  bump() {
    this.value += 1;
    return this.value;
  }
}
class Checked extends Cell {
  get value() {
    return super.value * 2;
  }
  set value(v) {
    if (v > 20) throw new Clamp('over');
    super.value = v + super.value;
  }
}
class Logged extends Checked {
  get value() {
    return super.value + 1;
  }
  set value(v) {
    this.writes = (this.writes || 0) + 1;
    super.value = v;
  }
}
function run(cell, n) {
  cell.value = n;
  return cell.bump();
}
function main() {
  const r = [];
  for (const n of [3, 30]) {
    const c = new Logged(); c._v = 1;
    try {
      r.push(run(c, n));
    } catch (e) {
      r.push(e instanceof Clamp ? -c.writes : 0);
    }
  }
  return r.join(',');
}
main();
