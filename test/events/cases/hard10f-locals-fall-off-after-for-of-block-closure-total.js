// conformance mode=locals
function f(items) {
  let total = 0;
  function add(v) {

    total += v;
  }
  for (const it of items) {
    const d = it * 2;
    add(d);
  }
  if (total > 5) {
    const big = total;
    add(big);
  }
}
f([1, 2]);
