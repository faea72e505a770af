// conformance mode=record
function* pairs(n) {
  yield ['a', 1];
  if (n > 1) throw new Error('pairs');
  yield ['b', 2];
}
function key(p) {
  return p[0];
}
function main() {
  let r = 0;
  try {
    r = Array.from(pairs(2), key).length;
  } catch (e) {
    r = Object.keys(Object.fromEntries(pairs(1))).length;
  }
  try {
    r += Object.keys(Object.fromEntries(pairs(3))).length;
  } catch (e) {
    r += 10;
  }
  return r;
}
main();
