// conformance mode=back
class Dry extends Error {}
function* drip(n) {
  for (let i = 1; i <= n; i++) {
    if (i === 3 && n > 3) throw new Dry(String(n));
    yield i * n;
  }
}
function twice(v, k) {
  return v * 2 + k;
}
function cell(_, k) {
  return Array.from(drip(k), twice);
}
function grid(n) {
  try {
    return Array.from({ length: n }, cell);
  } catch (e) {
    return [Array.from(drip(1), twice), [e.message]];
  }
}
function main() {
  const a = grid(3);
  const b = grid(5);
  return a.flat().join(',') + '/' + b.flat().join(',');
}
main();
