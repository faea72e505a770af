// conformance mode=locals
class Bad extends Error {}
function boom(n) {
  throw new Bad('b');
}
function first(n) {
  const k = n + 1; return k * 2;
}
function second(n) {
  let k = n + 2; k = boom(k);
}
function main(xs) {
  let r = 0;
  try {
    r = xs.map(first).length; xs.map(second);
  } catch (e) {
    const q = r * 3; r = first(q);
  }
  return r;
}
main([1]);
