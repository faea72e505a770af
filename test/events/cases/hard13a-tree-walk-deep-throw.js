// conformance mode=record
function node(v, kids) {
  return { v, kids };
}
function* walk(t, depth) {
  if (t.v < 0) throw new Error('bad node');
  yield t.v;
  for (const k of t.kids) yield* walk(k, depth + 1);
}
function main() {
  const tree = node(1, [node(2, [node(-1, [])]), node(3, [])]);
  let s = 0;
  try {
    for (const v of walk(tree, 0)) s += v;
  } catch (e) {
    s = -s;
  }
  return s;
}
main();
