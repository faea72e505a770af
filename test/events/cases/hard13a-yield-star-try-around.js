// conformance mode=record
function* inner(n) {
  yield n;
  throw new Error('inner');
}
function* outer() {
  try {
    yield* inner(1);
  } catch (e) {
    yield 5;
  }
  yield 9;
}
function main() {
  let t = 0;
  for (const v of outer()) t += v;
  return t;
}
main();
