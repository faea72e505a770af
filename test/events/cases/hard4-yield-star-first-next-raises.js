// conformance mode=back
class Early extends Error {}
function fail(n) {
  throw new Early(String(n));
}
function* broken(n) {
  fail(n);
  yield 1;
}
function* late(n) {
  yield n;
  fail(n);
}
function* outer() {
  try {
    yield* broken(1);
  } catch (e) {
    yield 10;
  }
  const r = yield* late(20);
  yield r;
}
function main() {
  let total = 0;
  try {
    for (const v of outer()) {
      total += v;
    }
  } catch (e) {
    total += 1000;
  }
  return total;
}
main();
