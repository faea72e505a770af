// conformance mode=back
class Fail extends Error {}
function log_it(x) {
  return x;
}
function boom(n) {
  try {
    throw new Fail('b');
  } finally {
    log_it(n);
  }
}
function* steps() {
  yield log_it(1);
  yield log_it(2);
}
function recover(n) {
  let s = 0;
  try {
    boom(n);
  } catch (e) {
    s += log_it(n + 1);
    for (const v of steps()) {
      s += v;
    }
  } finally {
    s += log_it(0);
  }
  return s;
}
function outer() {
  return recover(5) + recover(7);
}
outer();
