// conformance mode=locals
class Bad extends Error {}
function check(a, b) {
  if (a + b > 5) throw new Bad('big');
  return a * b;
}
function pair(n) {
  const a = n; let b = a + 1; const c = check(a, b); return c + a;
}
function loop(xs) {
  let s = 0;
  let i = 0;
  while (i < xs.length) { const v = xs[i]; i += 1; s += pair(v); }
  return s;
}
function main() {
  let r = loop([1, 0]);
  try {
    r += loop([1, 2, 5]);
  } catch (e) {
    const q = r + 1; r = pair(q - 2) - q;
  }
  return r;
}
main();
