// conformance mode=locals
function* owner(start) {
  let count = start;
  let log = '';
  function bump(d) {
    count += d;
    log = log + String(d);
    return count;
  }
  const seen = yield bump;
  count = count + seen;
  const again = yield count;
  log = log + '!';
  yield log + String(again);
}
function helper(fn, k) {
  return fn(k) + fn(k + 1);
}
function main() {
  const g = owner(10);
  const bump = g.next().value;
  const a = helper(bump, 1);
  const b = g.next(a).value;
  bump(5);
  const c = g.next(b).value;
  g.next();
  return c;
}
main();
