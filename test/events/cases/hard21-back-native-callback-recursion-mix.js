// conformance mode=back
const functools = null;
class Bad extends Error {}
function fix(m) {
  if (m === '9') {
    throw new Bad('nine');
  }
  return String(Number(m) + 1);
}
function bump(s) {
  return Array.from(s, fix).join('');
}
function add(acc, x) {
  return acc + safe(x).length;
}
function safe(v) {
  try {
    return bump(v);
  } catch (e) {
    return 'bad';
  }
}
function total(xs) {
  return xs.reduce(add, 0);
}
function cmp(a, b) {
  return total([a].map(bump)) - total([b]);
}
function main() {
  const xs = ['19', '3'].sort(cmp);
  return xs[0];
}
main();
