// conformance mode=locals
class Bad extends Error {}
function tw(v) {
  return v * 2;
}
function chk(v) {
  if (v > 5) throw new Bad('big');
  return v;
}
function g(n) {
  let x = n; { let x = tw(n); n += x; } return tw(x);
}
function k(n) {
  let y = n; { const z = n + 10; y += tw(z); } chk(y);
}
function h(n) {
  let s = 0;
  { const a = tw(n); { const b = tw(a); s += b; } s += tw(a); }
  { const c = s + 1; s = c; } s = tw(s);
  return s;
}
function main() {
  let r = g(1) + h(1);
  try {
    k(0);
  } catch (e) {
    r += 1;
  }
  return r;
}
main();
