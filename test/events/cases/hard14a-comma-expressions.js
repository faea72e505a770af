// conformance mode=record
function side(v) {
  return v + 1;
}
function f(n) {
  let r = (side(n), side(n * 2));
  for (let i = 0, j = 3; i < j; i++, j--) r += (side(i), i);
  return r;
}
f(2);
