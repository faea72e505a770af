// conformance mode=record
class Void extends Error {}
class Cost {
  constructor(c) {
    this.c = c;
  }
  valueOf() {
    if (this.c === null) {
      throw new Void('void');
    }
    return this.c;
  }
}
function cheapest(items) {
  const ys = items.slice().sort((a, b) => a - b);
  return ys[0].c;
}
function main() {
  let r = cheapest([new Cost(3), new Cost(1), new Cost(2)]);
  try {
    r += cheapest([new Cost(5), new Cost(4), new Cost(null), new Cost(6)]);
  } catch (e) {
    r = -r;
  }
  return r;
}
main();
