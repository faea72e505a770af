// conformance mode=record
function* inner() {
  yield 1;
  yield 2;
}
function* outer() {
  yield* inner();
  yield 3;
}
function main() {
  const g = outer();
  g.next();
  try {
    g.throw(new Error('in'));
  } catch (e) {
    return 'c';
  }
}
main();
