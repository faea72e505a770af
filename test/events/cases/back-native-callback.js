// conformance mode=back
function double(x) {
  return x * 2;
}
function via_map(xs) {
  return xs.map(double);
}
function main() {
  const r = via_map([1, 2]);
  return r.length;
}
main();
