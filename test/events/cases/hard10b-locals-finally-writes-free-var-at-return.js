// conformance mode=locals
class Bad extends Error {}
function outer() {
  let total = 0;
  function pend() {

    try {
      return 1;
    } finally {
      total += 5;
    }
  }
  function fail() {

    try {
      throw new Bad('x');
    } finally {
      total += 100;
    }
  }
  pend();
  try {
    fail();
  } catch (e) {
    total += 1;
  }
  return total;
}
outer();
