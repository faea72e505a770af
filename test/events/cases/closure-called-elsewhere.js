// conformance mode=back
function make() {
  const k = 3;
  function times(x) {
    return x * k;
  }
  return times;
}
function apply(fn) {
  return fn(2);
}
function main() {
  const t = make();
  return apply(t);
}
main();
