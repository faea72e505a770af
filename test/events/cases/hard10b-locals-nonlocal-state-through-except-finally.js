// conformance mode=locals
class Bad extends Error {}
function outer(xs) {
  let state = 'start';
  let errors = 0;
  function fail(msg) {
    errors += 1;
    state = msg;
    throw new Bad(msg);
  }
  function fix() {
    state = state + '!';
    return state.length;
  }
  let x = 0;
  for (x of xs) {
    try {
      if (x < 0) fail('n' + String(x));
      state = 'ok';
    } catch (e) {
      errors += fix();
    } finally {
      errors += 10;
    }
  }
  return state + String(errors);
}
outer([1, -2, 3, -4]);
