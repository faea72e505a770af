// conformance mode=back
function total(node, kids = node.kids.map(visit)) {
  // (the default runs in total's frame, before its first line)
  return node.v * 10 + kids.length;
}
function visit(k) {
  return total(k);
}
function main() {
  const tree = { v: 1, kids: [{ v: 2, kids: [] }, { v: 3, kids: [] }] };
  return total(tree);
}
main();
