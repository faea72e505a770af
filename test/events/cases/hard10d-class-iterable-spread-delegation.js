// conformance mode=back
class Leaf {
  constructor(v) {
    this.v = v;
  }
  *[Symbol.iterator]() {
    yield this.v;
  }
}
class Pair {
  constructor(a, b) {
    this.a = a; this.b = b;
  }
  *[Symbol.iterator]() {
    yield* this.a;
    yield* this.b;
  }
}
function main() {
  const p = new Pair(new Leaf(1), new Pair(new Leaf(2), new Leaf(3)));
  const all = [...p];
  return all.length;
}
main();
