// conformance mode=record
class Broken extends Error {}
class Source {
  constructor(items, ok) {
    this.items = items; this.ok = ok;
  }
  [Symbol.iterator]() {
    if (!this.ok) throw new Broken('iter');
    return gen(this.items);
  }
}
function* gen(items) {
  for (const x of items) {
    if (x < 0) throw new Broken('neg');
    yield x * 2;
  }
}
function total(src) {
  let t = 0;
  try {
    for (const v of src) {
      t += v;
    }
  } finally {
    t += 1000;
  }
  return t;
}
function main() {
  let r = total(new Source([1, 2], true));
  for (const src of [new Source([3, -1, 4], true), new Source([5], false)]) {
    try {
      r += total(src);
    } catch (e) {
      r += 1;
    }
  }
  return r;
}
main();
