// conformance mode=record
function* gen() {
  yield 1;
  yield 2;
}
function poke(g) {
  return g.throw(new Error('poke'));
}
function main() {
  const g = gen();
  g.next();
  try {
    poke(g);
  } catch (e) {
    return g.next().done;
  }
}
main();
