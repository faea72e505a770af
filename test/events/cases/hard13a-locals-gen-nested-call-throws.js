// conformance mode=locals
function check(v) {
  const half = v / 2;
  if (v > 3) throw new Error('big');
  return half;
}
function* gen(a, b) {
  let n = 0;
  n = n + 1;
  yield check(a);
  n = n + 1;
  yield check(b);
}
function main() {
  let count = 0;
  const g = gen(2, 4);
  try {
    count += g.next().value;
    count += g.next().value;
  } catch (e) {
    count += 10;
  }
  return count;
}
main();
