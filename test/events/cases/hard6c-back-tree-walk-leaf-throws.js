// conformance mode=back
class BadLeaf extends Error {}
function check(leaf) {
  if (leaf === 'bad') throw new BadLeaf(leaf);
  return leaf.length;
}
function* walk(node, depth) {
  if (typeof node === 'string') {
    check(node);
    yield node;
    return;
  }
  for (const child of node) {
    yield* walk(child, depth + 1);
  }
}
function collect(tree) {
  const out = [];
  try {
    for (const leaf of walk(tree, 0)) {
      out.push(leaf);
    }
  } catch (e) {
    out.push('!' + e.message);
  }
  return out.length;
}
function main() {
  let total = collect([['a', ['b', 'bad']], 'c']);
  total += collect([['x'], 'y']);
  return total;
}
main();
