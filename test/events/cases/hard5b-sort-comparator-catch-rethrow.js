// conformance mode=record
class Incomparable extends Error {}
function rank(v) {
  if (v < 0) {
    throw new Incomparable('neg');
  }
  return v % 10;
}
function cmp(a, b) {
  let d = 0;
  try {
    d = rank(a) - rank(b);
  } catch (e) {
    if (a === 0 || b === 0) {
      return 0;
    }
    throw new TypeError('cmp');
  }
  return d;
}
function order(xs) {
  const ys = xs.slice();
  ys.sort(cmp);
  return ys[0];
}
function main() {
  let first = order([13, 21, 32, 5]);
  try {
    first += order([4, 0, -1, 7]);
  } catch (e) {
    first = -first;
  }
  return first + order([0, -2]);
}
main();
