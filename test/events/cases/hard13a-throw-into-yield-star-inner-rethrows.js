// conformance mode=record
function* inner() {
  try {
    yield 1;
  } catch (e) {
    throw new TypeError('wrapped');
  }
}
function* outer() {
  yield* inner();
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
