// conformance mode=record
class Exhausted extends Error {}
class Counter {
  constructor(limit) {
    this.limit = limit;
  }
  [Symbol.iterator]() {
    return new CounterIter(this);
  }
}
class CounterIter {
  constructor(owner) {
    this.owner = owner;
    this.i = 0;
  }
  next() {
    this.i += 1;
    if (this.i > this.owner.limit) {
      throw new Exhausted('done');
    }
    return { value: [this.i], done: false };
  }
}
function total(c) {
  let t = 0;
  try {
    for (const [v] of c) {
      if (v === 2) {
        continue;
      }
      if (v === 4) {
        break;
      }
      t += v;
    }
  } catch (e) {
    t = -t;
  }
  return t;
}
function main() {
  let r = total(new Counter(3)) * 100 + total(new Counter(5));
  try {
    r += [...new Counter(1)].length;
  } catch (e) {
    r += 1000;
  }
  return r;
}
main();
