// conformance mode=record
function f() {
  let d = 0;
  d = 0; do d++; while (d < 2);
  d = 5; do { d++; } while (d < 7);
  return d;
}
f();
