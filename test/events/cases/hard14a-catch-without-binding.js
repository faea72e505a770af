// conformance mode=record
function risky(n) {
  if (n > 1) throw new Error('big');
  return n;
}
function f(n) {
  try {
    return risky(n);
  } catch {
    return -1;
  }
}
f(1); f(2);
