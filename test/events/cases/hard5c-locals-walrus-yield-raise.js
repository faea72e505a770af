// conformance mode=locals
class Boom extends Error {}
function boom(v) {
  throw new Boom(String(v));
}
function* g(a) {
  let c = 0;
  let t = (c = c + a) + (yield c);
  t += (c = c * 10) + (yield t);
  yield t + c;
}
function risky(k) {
  let n = 0;
  try {
    const r = (n = n + k) + boom(n);
  } catch (e) {
    n += 1;
  }
  return n;
}
function main() {
  const it = g(2);
  let s = it.next().value;
  s += it.next(5).value;
  s += it.next(7).value;
  it.next();
  return s + risky(3);
}
main();
