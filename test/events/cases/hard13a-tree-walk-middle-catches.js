// conformance mode=record
function node(v, kids) {
  return { v, kids };
}
function* walk(t) {
  if (t.v < 0) throw new Error('bad node');
  yield t.v;
  for (const k of t.kids) {
    try {
      yield* walk(k);
    } catch (e) {
      yield 0;
    }
  }
}
function main() {
  const tree = node(1, [node(2, [node(-1, []), node(4, [])]), node(3, [])]);
  let s = 0;
  for (const v of walk(tree)) s += v;
  return s;
}
main();
