// conformance mode=locals
function outer(items) {
  let last = 0;
  let count = 0;
  let a = 1;
  let b = 2;
  let flag = 'no';
  function middle(k) {
    const m = k * 2;
    function inner() {
      // (last and flag are only written here, never read)
      for (last of items) {
        count++;
      }
      [a, b] = [b, a + m];
      flag = 'yes';
    }
    inner();
    return m;
  }
  function writer(v) {
    flag = v;
  }
  middle(3);
  writer('w');
  middle(4);
  return flag + String(last + count + a + b);
}
outer([5, 6]);
