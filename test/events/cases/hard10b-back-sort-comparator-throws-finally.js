// conformance mode=back
class Clash extends Error {}
function key(v) {
  if (v === 0) throw new Clash('zero');
  return v;
}
function cmp(a, b) {
  return key(a) - key(b);
}
function order(xs) {
  const ys = xs.slice();
  try {
    ys.sort(cmp);
  } finally {
    ys.push(ys.length);
  }
  return ys;
}
function main() {
  let n = 0;
  for (const xs of [[2, 1], [1, 0], [3, 4, 5]]) {
    try {
      n += order(xs)[0];
    } catch (e) {
      n += 100;
    }
  }
  return n;
}
main();
