// conformance mode=record
function* inner() {
  try {
    yield 1;
  } finally {
    throw new Error('cleanup');
  }
}
function* outer() {
  yield* inner();
}
function main() {
  const g = outer();
  g.next();
  try {
    g.return(5);
  } catch (e) {
    return e.message;
  }
}
main();
