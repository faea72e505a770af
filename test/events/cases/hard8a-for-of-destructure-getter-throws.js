// conformance mode=record
class Gone extends Error {}
class Item {
  constructor(v) {
    this._v = v;
  }
  get v() {
    if (this._v === null) {
      throw new Gone('gone');
    }
    return this._v;
  }
}
function log(x) {
  return x;
}
function sum(items) {
  let t = 0;
  try {
    for (const { v } of items) {
      try {
        if (v === 2) {
          continue;
        }
        if (v > 8) {
          break;
        }
        t += v;
      } finally {
        log(t);
      }
    }
  } catch (e) {
    t = -t;
  }
  return t;
}
function main() {
  const a = sum([new Item(1), new Item(2), new Item(3), new Item(null), new Item(4)]);
  const b = sum([new Item(5), new Item(9), new Item(null)]);
  return a * 100 + b;
}
main();
