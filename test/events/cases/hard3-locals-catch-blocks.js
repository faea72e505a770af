// conformance mode=locals
class Bad extends Error {}
function check(n) {
  if (n < 0) {
    throw new Bad('neg' + String(n));
  }
  return n;
}
function run(n) {
  let total = 0;
  try {
    check(n);
    const t = n * 2;
    total += t;
  } catch (e) {
    const msg = e.message;
    total = msg.length;
    try {
      check(n - 10);
    } catch (e2) {
      const inner = 'in';
      total += inner.length;
    }
  } finally {
    const f = 1000;
    total += f;
  }
  return total;
}
run(3);
run(-4);
