// conformance mode=locals
class Bad extends Error {}
function g(n) {
  let log = 0;
  function note(k) {

    log += k; n += k;
  }
  try {
    note(1); throw new Bad('g');
  } finally {
    note(10);
  }
}
function run() {
  try {
    g(5);
  } catch (e) {
    return 1;
  }
}
run();
