// conformance mode=record
function* inner() {
  try {
    yield 1;
  } catch (e) {
    yield 2;
  }
}
function* outer() {
  yield* inner();
  yield 3;
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
