// conformance mode=record
function* ok() {
  yield 1;
  yield 2;
  yield 3;
}
function* bad() {
  yield 10;
  throw new Error('bad');
}
function* zip(a, b) {
  while (true) {
    const x = a.next();
    const y = b.next();
    if (x.done || y.done) return;
    yield x.value + y.value;
  }
}
function main() {
  const a = ok();
  let s = 0;
  try {
    for (const v of zip(a, bad())) s += v;
  } catch (e) {
    for (const v of a) s += v;
  }
  return s;
}
main();
