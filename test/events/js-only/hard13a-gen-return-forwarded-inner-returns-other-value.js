// conformance mode=record
function* inner() {
  try {
    yield 1;
  } finally {
    return 7;
  }
}
function* outer() {
  const r = yield* inner();
  return r + 100;
}
function main() {
  const g = outer();
  g.next();
  const res = g.return(42);
  return res.value;
}
main();
