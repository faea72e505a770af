// conformance mode=record
class Bad extends Error {}
function check(x) {
  if (x > 2) {
    throw new Bad('too big');
  }
  return x * 10;
}
function convert(xs) {
  const out = xs.map(check);
  return out.length;
}
function main() {
  let total = 0;
  try {
    total += convert([1, 2]);
    total += convert([2, 3, 4]);
  } catch (e) {
    total += 100;
  }
  return total;
}
main();
