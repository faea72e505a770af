// conformance mode=back
class Invalid extends Error {}
class Target {
  constructor() {
    this.log = [];
  }
  set a(v) {
    this.log.push(check(v));
  }
  set b(v) {
    Object.assign(this, { a: v * 2 });
  }
}
function check(v) {
  if (v > 50) throw new Invalid(String(v));
  return v;
}
function readA() {
  return grow(this.n);
}
function readB() {
  return this.a + 1;
}
function grow(n) {
  return n * 3;
}
function source(n) {
  const s = { n: n };
  Object.defineProperties(s, { a: { get: readA, enumerable: true }, b: { get: readB, enumerable: true } });
  return s;
}
function build(n) {
  const t = new Target();
  try {
    Object.assign(t, source(n));
  } catch (e) {
    t.log.push(-1);
  }
  return t.log.join(',') + ':' + String(t.n);
}
function main() {
  return build(2) + '/' + build(7) + '/' + build(20);
}
main();
