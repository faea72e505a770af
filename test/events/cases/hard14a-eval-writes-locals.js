// conformance mode=locals
function f(a) {
  let b = 2;
  eval('a = a + 10; b = b * 5');
  const c = a + b;
  return c;
}
f(1);
