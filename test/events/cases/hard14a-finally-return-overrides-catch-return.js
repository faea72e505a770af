// conformance mode=record
function boom(n) {
  if (n) throw new Error('x');
  return 1;
}
function f(n) {
  try {
    return boom(n);
  } catch (e) {
    return 2;
  } finally {
    if (n > 1) return 3;
  }
}
f(0); f(1); f(2);
