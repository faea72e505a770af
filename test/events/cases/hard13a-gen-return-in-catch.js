// conformance mode=record
function compute(x) {
  if (x < 0) throw new Error('neg');
  return x * 2;
}
function* gen(x) {
  yield 1;
  try {
    return compute(x);
  } catch (e) {
    return -1;
  }
}
function main() {
  const g = gen(-3);
  g.next();
  const r = g.next().done;
  const g2 = gen(4);
  g2.next();
  return r && g2.next().done;
}
main();
