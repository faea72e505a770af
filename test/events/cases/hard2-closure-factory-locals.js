// conformance mode=locals
function make_acc(start) {
  let total = start;
  let calls = 0;
  function add(x) {
    calls += 1;
    total += x;
    return total;
  }
  function peek() {
    return calls;
  }
  return [add, peek];
}
function feed(fn, a, b) {
  fn(a);
  return fn(b);
}
function main() {
  const [add, peek] = make_acc(10);
  const r = feed(add, 1, 2);
  return r + peek();
}
main();
