// conformance mode=back
class Deep extends Error {}
function makeTree(maxDepth) {
  const Tree = class {
    constructor(kids) {
      this.kids = kids;
    }
    static leaf() {
      return new this([]);
    }
    static of(...kids) {
      return new Tree(kids);
    }
    #walk(node, depth) {
      if (depth > maxDepth) throw new Deep('depth ' + String(depth));
      let n = 1;
      for (const k of node.kids) n += this.#walk(k, depth + 1);
      return n;
    }
    size() {
      return this.#walk(this, 0);
    }
  };
  return Tree;
}
function measure(tree) {
  return tree.size();
}
function safe(tree) {
  try {
    return measure(tree);
  } catch (e) {
    return e instanceof Deep ? -1 : -2;
  }
}
function main() {
  const T1 = makeTree(1);
  const T2 = makeTree(3);
  const small = T1.of(T1.leaf(), T1.leaf());
  const tall = T1.of(T1.of(T1.leaf()));
  const other = T2.of(T2.of(T2.leaf()));
  const same = (small instanceof T1 ? 1 : 0) + (other instanceof T1 ? 10 : 0);
  return [safe(small), safe(tall), safe(other), same].join(',');
}
main();
