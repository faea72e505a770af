// conformance mode=locals
class Err extends Error {}
function probe(v) {
  if (v > 5) throw new Err('big');
  return v;
}
function scan(xs) {
  let best = -1;
  let i = 0; let v = 0;
  while (i < xs.length) {
    v = xs[i]; i += 1;
    try {
      best = probe(v);
      if (best === 3) return best * 10;
    } finally {
      if (v % 2 === 1) break;
    }
    best += 100;
  }
  return best + i;
}
function main() {
  let r = scan([2, 3, 4]) + scan([9, 1]);
  try {
    r += scan([4, 8, 2]);
  } catch (e) {
    r = -r;
  }
  return r;
}
main();
