// conformance mode=locals
class Boom extends Error {}
function boom(v) {
  if (v > 5) {
    throw new Boom(String(v));
  }
  return v * 2;
}
function* pairs(k) {
  const a = k + 1, b = yield a;
  let c = b * 2, d = yield c;
  yield a + b + c + d;
}
function build(k) {
  const base = k * 3, next = boom(base);
  return base + next;
}
function main() {
  const g = pairs(1);
  let t = g.next().value;
  t += g.next(10).value;
  t += g.next(100).value;
  g.next();
  t += build(1);
  try {
    t += build(2);
  } catch (e) {
    t = -t;
  }
  return t;
}
main();
