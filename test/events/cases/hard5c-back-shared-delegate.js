// conformance mode=back
function* shared() {
  let n = 0;
  while (n < 4) {
    n += 1;
    yield n;
  }
  return n * 10;
}
function* left(src) {
  const r = yield* src;
  yield r + 1;
}
function* right(src) {
  const r = yield* src;
  yield r === undefined ? -1 : r + 2;
}
function main() {
  const src = shared();
  const a = left(src);
  const b = right(src);
  let t = a.next().value;
  t += b.next().value;
  t += a.next().value;
  t += b.next().value;
  t += a.next().value;
  t += b.next().value;
  a.next();
  b.next();
  return t;
}
main();
