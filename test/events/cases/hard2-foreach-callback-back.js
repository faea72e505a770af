// conformance mode=back
class Neg extends Error {}
function leaf(v) {
  if (v < 0) {
    throw new Neg('negative');
  }
  return v;
}
function visit(v) {
  return leaf(v) + 1;
}
function walk(xs) {
  xs.forEach(visit);
  return xs.length;
}
function main() {
  try {
    return walk([1, -1, 2]);
  } catch (e) {
    return walk([5]);
  }
}
main();
