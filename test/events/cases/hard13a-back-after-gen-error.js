// conformance mode=back
function check(x) {
  if (x > 1) throw new Error('big');
  return x;
}
function* nums() {
  yield check(1);
  yield check(2);
}
function* other() {
  yield 10;
  yield 20;
}
function pull(g) {
  return g.next().value;
}
function main() {
  const o = other();
  pull(o);
  const g = nums();
  pull(g);
  try {
    pull(g);
  } catch (e) {
    pull(o);
    check(0);
  }
  for (const v of other()) check(v - v);
  return pull(o);
}
main();
