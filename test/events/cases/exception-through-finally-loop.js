// conformance mode=record
function fail() {
  throw new Error('x');
}
function with_cleanup(n) {
  let state = 0;
  try {
    fail();
    state = 1;
  } finally {
    for (let i = 0; i < n; i++) {
      state += i;
    }
  }
  return state;
}
function main() {
  try {
    with_cleanup(2);
  } catch (e) {
    return 'handled';
  }
}
main();
