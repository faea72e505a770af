// conformance mode=record
function* inner() {
  try {
    yield 1;
  } finally {
    yield 2;
  }
}
function* outer() {
  yield* inner();
  throw new Error('after');
}
function main() {
  const g = outer();
  g.next();
  g.return(42);
  try {
    g.next();
  } catch (e) {
    return e.message;
  }
}
main();
