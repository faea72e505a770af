// conformance mode=locals
function outer(arr, opts) {
  function pick(n) {
    if (n < 0) return a + b + x;
    return n * 2;
  }
  const [a = pick(1), b = pick(a)] = arr;
  const c = a + b;
  const { x = pick(c), y = pick(x + 1) } = opts;
  return pick(-1) + y;
}
outer([], {}); outer([5], { y: 1 }); outer([1, 2], { x: 3 });
