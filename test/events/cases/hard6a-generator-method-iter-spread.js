// conformance mode=record
class Odd extends Error {}
class Bag {
  constructor(items) {
    this.items = items;
  }
  *[Symbol.iterator]() {
    for (const x of this.items) {
      yield this.check(x);
    }
  }
  check(x) {
    if (x % 2 === 1) {
      throw new Odd('odd');
    }
    return x * 10;
  }
}
function main() {
  const good = new Bag([2, 4]);
  const parts = [...good];
  const sum = Array.from(good, (v) => v + 1);
  try {
    parts.push(...new Bag([6, 7, 8]));
  } catch (e) {
    parts.push(-1);
  }
  return parts.length + sum.length;
}
main();
