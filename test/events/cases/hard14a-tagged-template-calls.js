// conformance mode=record
function tag(strings, a, b) {
  const parts = strings.length;
  return parts + a + b;
}
function val(x) {
  return x * 10;
}
function main() {
  const t = tag`one${val(1)}two${val(2)}`;
  const r = String.raw`x${val(3)}y`;
  return t + r.length;
}
main();
