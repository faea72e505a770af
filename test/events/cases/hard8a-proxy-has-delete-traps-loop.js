// conformance mode=record
class Locked extends Error {}
function has(target, key) {
  return target.keys.includes(key);
}
function drop(target, key) {
  if (target.keys.length === 1) {
    throw new Locked(key);
  }
  target.keys.shift();
  return true;
}
const traps = { has: has, deleteProperty: drop };
function purge(keys) {
  const bag = new Proxy({ keys: keys }, traps);
  let n = 0;
  try {
    while ('a' in bag) {
      delete bag.a;
      n += 1;
    }
  } catch (e) {
    n = -n;
  }
  return n;
}
function main() {
  return purge(['a', 'a', 'b']) * 10 + purge(['a', 'a']);
}
main();
