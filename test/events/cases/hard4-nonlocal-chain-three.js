// conformance mode=locals
function outer(n) {
  let total = 0;
  let tag = 'o';
  function middle(k) {
    let m = k + 1;
    function inner(j) {
      total += j + m;
      tag = tag + String(j);
      m = m * 2;
      return total;
    }
    inner(k);
    m += total;
    tag = tag + 'm';
    return inner(m);
  }
  middle(n);
  const seen = total;
  total = seen * 2;
  middle(seen);
  return tag + String(total);
}
outer(1);
