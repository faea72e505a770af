// conformance mode=record
function compute(x) {
  if (x < 0) throw new Error('neg');
  return x * 2;
}
function* gen(x) {
  yield 1;
  return compute(x);
}
function main() {
  const g = gen(-3);
  g.next();
  try {
    g.next();
  } catch (e) {
    return g.next().done;
  }
}
main();
