// conformance mode=record
class Range extends Error {}
class Box {
  constructor() {
    this._w = 1;
    this._h = 1;
  }
  set w(v) {
    this._w = check(v);
  }
  set h(v) {
    this._h = check(v);
  }
}
function check(v) {
  if (v < 0) {
    throw new Range('neg');
  }
  return v;
}
function build(w, h) {
  const b = new Box();
  try {
    Object.assign(b, { w: w, h: h });
  } catch (e) {
    return -b._w;
  }
  return b._w * b._h;
}
function main() {
  return build(2, 3) + build(4, -1) + build(-5, 6);
}
main();
