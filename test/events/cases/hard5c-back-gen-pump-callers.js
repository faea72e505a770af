// conformance mode=back
function* source() {
  let n = 0;
  while (n < 4) {
    n += 1;
    yield n;
  }
}
function* pump(src) {
  const first = src.next().value;
  yield first;
  const second = pull(src);
  yield first + second;
}
function pull(src) {
  return src.next().value;
}
function drive(p) {
  return p.next().value;
}
function main() {
  const src = source();
  pull(src);
  const p = pump(src);
  let t = drive(p);
  t += pull(src);
  t += p.next().value;
  drive(p);
  src.next();
  return t;
}
main();
