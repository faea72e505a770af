// conformance mode=record
function* inner() {
  yield 1;
  yield 2;
  return 10;
}
function* outer() {
  const r = yield* inner();
  yield r;
}
function main() {
  let total = 0;
  for (const v of outer()) {
    total += v;
  }
  return total;
}
main();
