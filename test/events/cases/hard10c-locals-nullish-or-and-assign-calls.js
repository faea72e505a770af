// conformance mode=locals
function outer(x, y) {
  let hits = 0;
  function make(v) {

    hits += 1;
    return v + hits;
  }
  x ??= make(10);
  y ||= make(x);
  let z = null;
  z ??= make(x + y);
  z &&= make(0) - z;
  return x + y + z;
}
outer(null, 0); outer(4, 7);
