// conformance mode=locals
function outer(src) {
  let p = 1;
  let q = 2;
  function peek(k) {
    return k + p * 10 + q;
  }
  for (const item of src) {
    [p = peek(0), q = peek(p)] = item;
  }
  [p, q] = [q, p];
  return peek(p);
}
outer([[], [3], [4, 5], []]);
