// conformance mode=locals
class Overflow extends Error {}
function check(acc, x) {
  const next = acc + x;
  if (next > 10) {
    throw new Overflow('over');
  }
  return next;
}
function add(acc, x) {
  let res = acc;
  try {
    res = check(acc, x);
  } finally {
    if (x % 2 === 0) {
      return res * 2;
    }
  }
  return res;
}
function total(xs) {
  const start = 1;
  return xs.reduce(add, start);
}
function main() {
  let out = total([2, 3, 4]);
  try {
    out += total([1, 9, 5]);
  } catch (e) {
    out = -out;
  }
  return out;
}
main();
