// conformance mode=locals
function f(a, b) {
  arguments[0] = 9;
  b = a + 1;
  arguments[1] += 5;
  return a * 100 + b;
}
f(1, 2);
