// conformance mode=back
function tag(v) {
  return v * 10;
}
function* produce() {
  for (const v of [1, 2]) {
    yield tag(v);
  }
}
function consume(g) {
  let s = 0;
  for (const x of g) {
    s += x;
  }
  return s;
}
function main() {
  const g = produce();
  return consume(g);
}
main();
