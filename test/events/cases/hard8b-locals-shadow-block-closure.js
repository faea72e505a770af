// conformance mode=locals
function show(v) {
  return v * 10;
}
function run(n) {
  let x = n;
  let total = show(x);
  let fn = null;
  {
    let x = total + 1;
    function g() {
      return x * 2;
    }
    {
      const total2 = g();
      total += total2;
    }
    fn = g;
  }
  total += fn();
  return total + x;
}
run(1);
run(2);
