// conformance mode=back
class NoSuch extends Error {}
function trap(target, key, recv) {
  if (!(key in target)) throw new NoSuch(String(key));
  const v = target[key];
  return typeof v === 'function' ? v.bind(recv) : v;
}
function sum() {
  const xs = this.items; return xs.reduce(this.add, this.base);
}
function add(acc, x) {
  return acc + x;
}
function describe() {
  return this.name + '=' + String(this.sum());
}
function wrap(obj) {
  return new Proxy(obj, { get: trap });
}
function main() {
  const p = wrap({ items: [1, 2, 3], base: 10, sum: sum, add: add, describe: describe, name: 'p' });
  const q = wrap({ items: [4], sum: sum, add: add, describe: describe, name: 'q' });
  let out = p.describe();
  try {
    out += q.describe();
  } catch (e) {
    out += '!' + e.message;
  }
  return out;
}
main();
