// conformance mode=locals
function* gen(a, b) {
  while (a < 50) {
    [a, b] = [b, a + b];
    const [c, d] = yield a;
    a += c; b -= d;
  }
  [a, b] = [b, a];
  yield a - b;
}
function main() {
  const g = gen(1, 2);
  let r = g.next().value;
  r += g.next([1, 0]).value;
  r += g.next([10, 1]).value;
  r += g.next([50, 0]).value;
  g.next();
  return r;
}
main();
