// conformance mode=record
function* gen() {
  yield 1;
  throw new Error('cb');
}
function cb(x) {
  let t = x;
  try {
    for (const v of gen()) t += v;
  } catch (e) {
    t = 0;
  }
  return t;
}
function main() {
  [1, 2].forEach(cb);
  return 3;
}
main();
