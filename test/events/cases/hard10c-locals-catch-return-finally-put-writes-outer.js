// conformance mode=locals
class Bad extends Error {}
function outer(n) {
  let log = 0;
  function put(k) {

    log = log * 10 + k;
    return log;
  }
  try {
    if (n) throw new Bad('b');
    return put(1);
  } catch (e) {
    return put(2) + n;
  } finally {
    put(3);
  }
}

outer(0); outer(4);
