// conformance mode=back
class Leaf extends Error {}
function value(node) {
  if (node.v < 0) {
    throw new Leaf('neg');
  }
  return node.v;
}
function flat(node) {
  if (!node.kids) {
    return [value(node)];
  }
  try {
    return node.kids.map(flat).flat();
  } catch (e) {
    if (node.strict) {
      throw new Leaf('strict');
    }
    return [0];
  }
}
function main() {
  const b = { strict: true, kids: [{ v: -1 }, { v: 9 }] };
  const a = { strict: true, kids: [{ v: 2 }, b] };
  const root = { kids: [{ v: 1 }, { kids: [a] }, { v: 4 }] };
  return flat(root).length;
}
main();
