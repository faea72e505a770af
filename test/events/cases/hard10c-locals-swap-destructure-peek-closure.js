// conformance mode=locals
function outer(a, b) {
  function peek() {
    return a * 100 + b;
  }
  let n = 0;
  while (n < 3) {
    [a, b] = [b, peek()];
    const m = peek() + n;
    [b, a] = [a - m, b + 1]; n += 1;
  }
  return peek();
}
outer(5, 2);
