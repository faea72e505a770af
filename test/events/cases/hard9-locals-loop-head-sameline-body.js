// conformance mode=locals
class Bad extends Error {}
function chk(v) {
  if (v > 5) throw new Bad('v');
  return v * 2;
}
function head(xs) {
  for (const x of xs) { return x * chk(x); }
  return -1;
}
function sum(pairs, obj) {
  let t = 0;
  for (const [a, b] of pairs) { t += chk(a + b); }
  for (const k in obj) { t += chk(obj[k]); }
  return t;
}
function main() {
  let r = head([2, 3]) + head([]);
  r += sum([[1, 2], [0, 1]], { p: 1, q: 2 });
  try {
    r += sum([[1, 1]], { p: 3, q: 9 });
  } catch (e) {
    r = -r;
  }
  try {
    r += sum([[1, 0], [4, 4]], {});
  } catch (e) {
    r += head([3]);
  }
  return r;
}
main();
