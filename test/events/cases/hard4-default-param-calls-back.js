// conformance mode=back
class Neg extends Error {}
function unit() {
  return 3;
}
function risky(n) {
  throw new Neg(String(n));
}
function safe(n) {
  try {
    return risky(n);
  } catch (e) {
    return unit() * 2;
  }
}
function area(w, h = w * unit(), extra = safe(h)) {
  // (both defaults run inside area's frame, before its first line)
  return w * h + extra;
}
function outer(k) {
  const base = k + 1;
  function inner(x = base * unit()) {
    // (the default reads the closure variable base)
    return x + area(x);
  }
  return inner() + inner(1);
}
function main() {
  let r = area(2, 5, 1);
  r += area(2);
  r += outer(1);
  return r;
}
main();
