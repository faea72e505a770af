// conformance mode=record
function* inner() {
  yield 1;
  yield 2;
}
function* outer() {
  try {
    yield* inner();
  } catch (e) {
    yield 8;
  }
  yield 9;
}
function main() {
  const g = outer();
  g.next();
  const a = g.throw(new Error('in')).value;
  const b = g.next().value;
  g.next();
  return a + b;
}
main();
