// conformance mode=back
function dflt(k) {
  return k * 3;
}
function* gen(rows) {
  for (const row of rows) {
    const [a = dflt(1), b = dflt(a)] = row;
    yield a + b;
  }
}
function first(g) {
  return g.next().value;
}
function second(g) {
  return first(g) + g.next().value;
}
function main() {
  const g = gen([[], [4], [1, 2], []]);
  let t = second(g);
  t += first(g) + first(g);
  g.next();
  return t;
}
main();
