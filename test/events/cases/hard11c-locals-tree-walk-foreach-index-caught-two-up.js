// conformance mode=locals
class Leaf extends Error {}
const out = [];
function walk(node, i) {
  const name = node.name;
  if (node.bad) throw new Leaf(name);
  let size = 0;
  try {
    node.kids.forEach(walk);
    size = count(node);
  } catch (e) {
    if (e.message.length < 2) throw new Leaf(e.message + '^');
    size = -1;
  }
  out.push(name + String(i) + '=' + String(size));
}
function count(node) {
  const n = node.kids.length;
  return n + 1;
}
function main() {
  const tree = { name: 'r', kids: [{ name: 'a', kids: [{ name: 'b', kids: [] }, { name: 'c', kids: [{ name: 'x', bad: true, kids: [] }] }] }, { name: 'd', kids: [] }] };
  walk(tree, 0);
  return out.join(' ');
}
main();
