// conformance mode=locals
function f() {
  const m = new Map([['a', 1], ['b', 2]]);
  let acc = '';
  for (const [k, v] of m) {
    acc += k + v;
  }
  return acc;
}
f();
