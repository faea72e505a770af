// conformance mode=record
function* inner(n) {
  yield n;
  throw new Error('inner');
}
function* outer() {
  yield 0;
  yield* inner(1);
  yield 9;
}
function main() {
  const got = [];
  try {
    for (const v of outer()) got.push(v);
  } catch (e) {
    got.push(-1);
  }
  return got.length;
}
main();
