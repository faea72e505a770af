// conformance mode=record
class Rejected extends Error {}
function reviver(key, value) {
  const n = value * 1;
  if (n === 2) {
    throw new Rejected('two');
  }
  return n * 10;
}
function load(text) {
  let out = null;
  try {
    out = JSON.parse(text, reviver);
  } catch (e) {
    throw new TypeError('load ' + text.length);
  } finally {
    for (const c of 'ab') {
      out = out;
    }
  }
  return out;
}
function main() {
  let total = load('5');
  try {
    total += load('[1, 2, 3]');
  } catch (e) {
    total += 1;
  }
  return total;
}
main();
