// conformance mode=locals
function outer(a) {
  const b = a + 1;
  function middle(c) {
    const d = a + b + c;
    function inner(e) {
      return a + d + e;
    }
    return inner(d);
  }
  return middle(b);
}
outer(1);
