// conformance mode=locals
class Bad extends Error {}
function outer(n) {
  let log = 0;
  function bad(k) {

    log = log + k; throw new Bad(String(k));
  }
  if (n > 1) { log = n; throw new Bad('n'); }
  try {
    bad(n);
  } catch (e) {
    throw e;
  }
}
function main() {
  let r = 0;
  for (const n of [3, 1]) {
    try {
      outer(n);
    } catch (e) {
      r += n;
    }
  }
  return r;
}
main();
