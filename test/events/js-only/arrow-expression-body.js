// conformance mode=record
const double = (x) => x * 2;
const add = (a, b) =>
  a + b;
const adder = (a) => (b) => a + b;
function apply(fn, v) {
  return fn(v);
}
apply(double, 3);
[1, 2].map((v) => v + 1);
add(1, 2);
adder(1)(2);
