// conformance mode=back
function* steps() {
  yield 1;
  yield 2;
}
function first(g) {
  return g.next().value;
}
function second(g) {
  return g.next().value;
}
function main() {
  const g = steps();
  first(g);
  second(g);
  g.next();
}
main();
