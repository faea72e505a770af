// conformance mode=locals
class Bad extends Error {}
function risky(n) {
  if (n % 2) throw new Bad(String(n));
  return n - 1;
}
function f(n) {
  let tries = 0;
  while (tries < 3) {
    const step = n + tries;
    try {
      const got = risky(step);
      tries += got;
    } catch (e) {
      const code = step * 100 + tries;
      if (tries > 0) return code;
      tries += 1;
    }
  }
}
f(2); f(4); f(1);
