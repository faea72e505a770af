// conformance mode=record
class Tree {
  constructor(value) {
    this.value = value;
    this.left = null;
    this.right = null;
  }
  insert(value) {
    if (value < this.value) {
      if (this.left === null) this.left = new Tree(value);
      else this.left.insert(value);
    } else {
      if (this.right === null) this.right = new Tree(value);
      else this.right.insert(value);
    }
  }
  *walk() {
    if (this.left !== null) yield* this.left.walk();
    yield this.value;
    if (this.right !== null) yield* this.right.walk();
  }
}
function build(values) {
  const root = new Tree(values[0]);
  for (const v of values.slice(1)) {
    root.insert(v);
  }
  return root;
}
function main() {
  const tree = build([5, 2, 8, 1, 3]);
  const out = [];
  for (const v of tree.walk()) {
    out.push(String(v));
  }
  return out.join(' ');
}
main();
