// conformance mode=locals
function f(o, n) {
  let p = 2;
  p **= n;
  o.q ||= p;
  o.r ??= o.q + 1;
  o.q &&= o.r ** 2;
  n ||= 100;
  return o.q + p + n;
}
f({}, 3); f({ q: 5, r: null }, 0);
