// conformance mode=locals
function outer(base) {
  const unit = 'u';
  function middle(k) {
    const m = k * 2;
    function inner(j) {
      return base + j + m;
    }
    return inner(1);
  }
  return middle(3) + unit.length;
}
outer(100);
