// conformance mode=back
function* inner() {
  try {
    yield 1;
  } catch (e) {
    yield 2;
  }
  return 3;
}
function* outer() {
  const r = yield* inner();
  yield r;
}
function main() {
  const g = outer();
  const a = g.next().value;
  const b = g.throw(new TypeError('x')).value;
  const c = g.next().value;
  g.next();
  return a + b + c;
}
main();
